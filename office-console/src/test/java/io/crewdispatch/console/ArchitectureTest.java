package io.crewdispatch.console;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crewdispatch.testsupport.ArchitectureRules;

@AnalyzeClasses(
    packages = "io.crewdispatch.console",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainIsFreeOfIntegrations = ArchitectureRules.domainIsFreeOfIntegrations();

  @ArchTest
  static final ArchRule adaptersArePackagePrivate = ArchitectureRules.adaptersArePackagePrivate();
}
