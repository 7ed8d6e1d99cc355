package org.myelin.cohort.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/**
 * Renders the HTML report of the hand-built study in a real headless Chromium, offline, and keeps the screenshot in
 * {@code target/study-report.png}. Without a Chromium the test fails when {@code CI} is set (CI installs one) and is
 * reported as skipped elsewhere.
 */
@ExtendWith(TestDatabaseExtension.class)
class StudyReportBrowserTests {

    @Test
    void reportRendersOfflineInHeadlessChromium(TestDatabase database, @TempDir Path work) throws Exception {
        Path chromium = chromium();
        HandBuiltCdm.load(database);
        StudyDefinition study = new StudyDefinitionReader().read(StudyAnalysesTests.STUDY, "study.json", work);
        StudyResults results = new StudyRunner(database.dataSource(), Schemas.DEFAULT, StudyAnalysesTests.NO_LIBRARY)
                .run(study, "study.json", new StudySettings(StudySettings.DEFAULT_MIN_CELL_COUNT, "test"), line -> { });
        Path report = ResultsPackage.write(results, Path.of("target", "study-report").toAbsolutePath());
        Path screenshot = Path.of("target", "study-report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);

        String dom = browse(chromium, work, "--dump-dom", report);
        browse(chromium, work, "--screenshot=" + screenshot, report);

        // the browser parsed every section and drew the charts
        assertThat(dom).contains("<h2>Cohorts</h2>", "<h2>Baseline characteristics</h2>", "<h2>Incidence of outcomes</h2>",
                "<h2>Time to first outcome (Kaplan-Meier)</h2>", "<h2>Treatment sequences</h2>", "<h2>Provenance</h2>",
                "aria-label=\"Kaplan-Meier curves\"", "numbers at risk", "aria-label=\"treatment sequences\"");
        assertThat(Files.readString(report)).doesNotContainPattern("(?i)(https?:)?//[a-z]").doesNotContain("<script");
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(colours(image)).as("a rendered page, not a blank one").isGreaterThan(50);
    }

    private static String browse(Path chromium, Path work, String action, Path report)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,2400", action,
                report.toUri().toString()));
        Path output = work.resolve("chromium-" + System.nanoTime() + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(work.resolve("chromium.err").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 120 s");
        }
        assertThat(process.exitValue()).as(Files.readString(work.resolve("chromium.err"))).isZero();
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static Path chromium() {
        Optional<Path> found = Stream.concat(Stream.ofNullable(System.getenv("CHROMIUM")),
                        Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"))
                .map(Path::of).filter(Files::isExecutable).findFirst();
        if (found.isEmpty() && System.getenv("CI") != null) {
            fail("no Chromium found (CI must install the Debian package 'chromium'; see .ci/run)");
        }
        Assumptions.assumeTrue(found.isPresent(), "no Chromium installed: apt-get install -y chromium");
        return found.orElseThrow();
    }

    private static long colours(BufferedImage image) {
        return Stream.iterate(0, y -> y < image.getHeight(), y -> y + 7)
                .flatMap(y -> Stream.iterate(0, x -> x < image.getWidth(), x -> x + 7).map(x -> image.getRGB(x, y)))
                .distinct().count();
    }
}
