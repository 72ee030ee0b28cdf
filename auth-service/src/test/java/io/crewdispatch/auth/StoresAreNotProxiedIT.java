package io.crewdispatch.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.crewdispatch.auth.support.AuthServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Repository;

/**
 * The stores marked {@code @Repository} are the classes themselves: Boot's exception-translation
 * proxy is off (platform defaults), since no service has a translator for it to call.
 */
@AuthServiceTest
class StoresAreNotProxiedIT {

  @Autowired ApplicationContext context;

  @Test
  void repositoriesAreNotWrappedInProxies() {
    var stores = context.getBeansWithAnnotation(Repository.class).values();
    assertThat(stores).hasSizeGreaterThanOrEqualTo(5);
    assertThat(stores).noneMatch(AopUtils::isAopProxy);
  }
}
