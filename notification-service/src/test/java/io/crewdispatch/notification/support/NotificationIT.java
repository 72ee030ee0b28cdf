package io.crewdispatch.notification.support;

import io.crewdispatch.testsupport.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one test configuration of the service over SMTP (the local stack's transport): the shared
 * broker and DynamoDB Local, GreenMail as the SMTP server, an archive folder, no send-rate limit
 * and a short retry interval. Every IT uses it, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithInfrastructure
@ContextConfiguration(initializers = SmtpTestSettings.class)
public @interface NotificationIT {}
