package co.pump.icm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import co.pump.icm.Launcher.Face;
import co.pump.icm.cli.Version;

/**
 * Which face the installed app shows for which arguments, and that the command-line face runs
 * without JavaFX. No window is opened: the wizard face is only chosen, never started.
 */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWizard() {
        assertThat(Launcher.faceFor(new String[0], dir)).isEqualTo(Face.WIZARD);
    }

    @Test
    void versionAndHelpAreTheCommandLine() {
        assertThat(Launcher.faceFor(new String[] {"--version"}, dir)).isEqualTo(Face.COMMAND_LINE);
        assertThat(Launcher.faceFor(new String[] {"-V"}, dir)).isEqualTo(Face.COMMAND_LINE);
        assertThat(Launcher.faceFor(new String[] {"--help"}, dir)).isEqualTo(Face.COMMAND_LINE);
    }

    @Test
    void aCommandIsTheCommandLine() throws IOException {
        Path snapshot = Files.writeString(dir.resolve("acme.json"), "{}");
        assertThat(Launcher.faceFor(new String[] {"inspect", snapshot.toString()}, dir)).isEqualTo(Face.COMMAND_LINE);
        assertThat(Launcher.faceFor(new String[] {"sandbox"}, dir)).isEqualTo(Face.COMMAND_LINE);
    }

    @Test
    void aSingleExistingFileOpensTheWizardOnIt() throws IOException {
        Files.writeString(dir.resolve("acme.icmsnap"), "{}");
        assertThat(Launcher.faceFor(new String[] {"acme.icmsnap"}, dir)).isEqualTo(Face.WIZARD);
        assertThat(Launcher.faceFor(new String[] {dir.resolve("acme.icmsnap").toString()}, Path.of("")))
                .isEqualTo(Face.WIZARD);
    }

    @Test
    void aFileNamedLikeACommandIsStillTheCommand() throws IOException {
        Files.writeString(dir.resolve("inspect"), "{}");
        assertThat(Launcher.faceFor(new String[] {"inspect"}, dir)).isEqualTo(Face.COMMAND_LINE);
    }

    @Test
    void aWordThatIsNeitherCommandNorFileIsLeftToTheCommandLineToRefuse() throws IOException {
        Files.createDirectory(dir.resolve("folder"));
        assertThat(Launcher.faceFor(new String[] {"missing.json"}, dir)).isEqualTo(Face.COMMAND_LINE);
        assertThat(Launcher.faceFor(new String[] {"folder"}, dir)).isEqualTo(Face.COMMAND_LINE);
        assertThat(Launcher.faceFor(new String[] {""}, dir)).isEqualTo(Face.COMMAND_LINE);
        assertThat(Launcher.faceFor(new String[] {"bad\0name"}, dir)).isEqualTo(Face.COMMAND_LINE);
    }

    @Test
    void anOptionIsNeverAFileToOpen() throws IOException {
        Files.writeString(dir.resolve("-V"), "{}");
        assertThat(Launcher.faceFor(new String[] {"-V"}, dir)).isEqualTo(Face.COMMAND_LINE);
    }

    @Test
    void withoutADisplayTheWizardExplainsInsteadOfFailing() {
        assertThat(Launcher.noDisplay("Linux", Map.of(), null)).hasValue(
                "icm: the wizard needs a desktop, and there is no display here (DISPLAY is not set). "
                        + "For the command line, give a command: --help lists them.");
        assertThat(Launcher.noDisplay("FreeBSD", Map.of("DISPLAY", " "), null)).isPresent();
    }

    @Test
    void aDisplayOrADesktopSystemLetsTheWizardOpen() {
        assertThat(Launcher.noDisplay("Linux", Map.of("DISPLAY", ":0"), null)).isEmpty();
        assertThat(Launcher.noDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isEmpty();
        assertThat(Launcher.noDisplay("Linux", Map.of(), "Monocle")).isEmpty();
        assertThat(Launcher.noDisplay("Windows 11", Map.of(), null)).isEmpty();
        assertThat(Launcher.noDisplay("Mac OS X", Map.of(), null)).isEmpty();
    }

    /**
     * The real entry point in a JVM of its own, as the installed launcher starts it, with no
     * display: it prints the version and loads no JavaFX class at all.
     */
    @Test
    void theCommandLineFaceRunsWithoutLoadingJavaFx() throws Exception {
        Path classLog = dir.resolve("classes.log");
        Path output = dir.resolve("out.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Xlog:class+load=info:file=" + classLog, Launcher.class.getName(), "--version")
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        process.environment().remove("DISPLAY");
        process.environment().remove("WAYLAND_DISPLAY");
        Process started = process.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).as("the launcher ends").isTrue();

        assertThat(started.exitValue()).isZero();
        assertThat(Files.readString(output, StandardCharsets.UTF_8).strip())
                .isEqualTo("icm (Identity Center Migrator) " + Version.current());
        List<String> loaded = Files.readAllLines(classLog, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(line -> line.contains(" co.pump.icm.cli.Main "));
        assertThat(loaded).noneMatch(line -> line.contains(" javafx.") || line.contains(" com.sun.javafx."));
    }
}
