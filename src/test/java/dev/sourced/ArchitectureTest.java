package dev.sourced;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The game and classroom cores stay pure: no terminal, no JSON, no files, no clock. */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.sourced");

  @Test
  void gameCoreUsesNoTerminalJsonOrFiles() {
    noClasses().that().resideInAnyPackage("dev.sourced.game..", "dev.sourced.classroom..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.googlecode.lanterna..", "com.fasterxml.jackson..", "java.io..", "java.nio..", "java.net..",
            "picocli..", "dev.sourced.tui..", "dev.sourced.cli..")
        .check(MAIN);
  }

  @Test
  void gameCoreReadsNoClock() {
    noClasses().that().resideInAnyPackage("dev.sourced.game..", "dev.sourced.classroom..")
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().resideInAPackage("java.time..")
        .check(MAIN);
  }

  @Test
  void gameCoreDoesNotLoadPacks() {
    noClasses().that().resideInAnyPackage("dev.sourced.game..", "dev.sourced.classroom..")
        .should().dependOnClassesThat().haveSimpleNameStartingWith("PackLoader")
        .check(MAIN);
  }

  @Test
  void packRecordsKnowNothingOfTheTerminal() {
    noClasses().that().resideInAPackage("dev.sourced.pack..")
        .should().dependOnClassesThat().resideInAnyPackage("com.googlecode.lanterna..", "dev.sourced.tui..",
            "dev.sourced.game..")
        .check(MAIN);
  }

  @Test
  void draftingIsTextInDraftOut() {
    noClasses().that().resideInAPackage("dev.sourced.draft..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "com.googlecode.lanterna..", "com.fasterxml.jackson..", "java.io..", "java.nio..", "java.net..",
            "picocli..", "dev.sourced.tui..", "dev.sourced.cli..", "dev.sourced.game..")
        .check(MAIN);
  }

  @Test
  void onlyTheCommandLineExits() {
    noClasses().that().resideOutsideOfPackage("dev.sourced.cli..")
        .should().callMethod(System.class, "exit", int.class)
        .check(MAIN);
  }
}
