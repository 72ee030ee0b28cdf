package io.crewdispatch.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put on a {@code @SpringBootTest} class: the context gets the shared Kafka broker and DynamoDB
 * Local (bootstrap servers, endpoint and a test table prefix), so the service creates its topics
 * and tables with its own start-up code.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface WithInfrastructure {}
