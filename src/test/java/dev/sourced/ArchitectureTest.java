package dev.sourced;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layers, and the game and classroom cores pure: no terminal, no JSON, no files, no clock. */
class ArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.sourced");

  /**
   * cli on top; the screens (tui) and any network layer (net) below it; the room that owns a
   * session below those; the classroom and game cores below that; packs at the bottom, with the
   * atomic-file helper under them. store, importer and draft sit beside, used by cli alone. The screen
   * (CellScreen, Lanterna only) sits under tui and net, which both draw on it.
   */
  @Test
  void layersOnlyReachDown() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("cli").definedBy("dev.sourced.cli..")
        .layer("tui").definedBy("dev.sourced.tui..")
        .optionalLayer("net").definedBy("dev.sourced.net..")
        .layer("room").definedBy("dev.sourced.room..")
        .layer("classroom").definedBy("dev.sourced.classroom..")
        .layer("game").definedBy("dev.sourced.game..")
        .layer("pack").definedBy("dev.sourced.pack..")
        .layer("fs").definedBy("dev.sourced.fs..")
        .layer("screen").definedBy("dev.sourced.screen..")
        .layer("store").definedBy("dev.sourced.store..")
        .layer("importer").definedBy("dev.sourced.importer..")
        .layer("draft").definedBy("dev.sourced.draft..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("tui").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("net").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("room").mayOnlyBeAccessedByLayers("cli", "tui", "net")
        .whereLayer("classroom").mayOnlyBeAccessedByLayers("cli", "tui", "net", "room", "store")
        .whereLayer("game").mayOnlyBeAccessedByLayers("cli", "tui", "net", "room", "classroom", "store")
        .whereLayer("store").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("importer").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("draft").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("fs").mayOnlyBeAccessedByLayers("pack", "store", "cli")
        .whereLayer("screen").mayOnlyBeAccessedByLayers("cli", "tui", "net")
        .check(MAIN);
  }

  @Test
  void packsDependOnNoOtherLayer() {
    noClasses().that().resideInAPackage("dev.sourced.pack..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.sourced.cli..", "dev.sourced.tui..",
            "dev.sourced.net..", "dev.sourced.room..", "dev.sourced.classroom..", "dev.sourced.game..",
            "dev.sourced.store..", "dev.sourced.importer..", "dev.sourced.draft..")
        .check(MAIN);
  }

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
