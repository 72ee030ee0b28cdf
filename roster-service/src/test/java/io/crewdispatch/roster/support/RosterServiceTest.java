package io.crewdispatch.roster.support;

import io.crewdispatch.testsupport.WithInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one test configuration of the module (Spring keeps one context per JVM): the real service on
 * a random port against the shared broker and DynamoDB Local, a workbook under target/, and no
 * scheduled sync so that each test decides when the sheet is read; every DynamoDB call logged (the
 * platform's operation log) so that a test can count them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "crewdispatch.roster.sync.scheduled=false",
      "crewdispatch.roster.xlsx.path=target/it/roster.xlsx",
      "crewdispatch.roster.xlsx.seed-if-missing=false",
      "crewdispatch.platform.dynamodb.operation-log-dir=target/dynamodb-operations",
      "crewdispatch.platform.dynamodb.operation-log-every-call=true"
    })
@WithInfrastructure
public @interface RosterServiceTest {}
