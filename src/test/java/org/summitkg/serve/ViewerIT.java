package org.summitkg.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summitkg.extract.ArticleExtractor;
import org.summitkg.extract.Fixtures;
import org.summitkg.rdf.GraphMetadata;
import org.summitkg.rdf.RdfMapper;
import org.summitkg.rdf.TdbStore;

/**
 * The viewer page end to end in headless Chromium (Debian's chromium and chromium-driver, which
 * .ci/run installs): it loads, draws the nodes from the endpoint's SPARQL results, a filter hides
 * nodes, a click shows a node's statements; a screenshot is saved to target/viewer.png.
 */
class ViewerIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;

    @Test
    void drawsTheGraphFiltersItAndShowsStatements() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (.ci/run installs them)");
        try (TdbStore store = TdbStore.open(dir.resolve("db"))) {
            store.loadOntology();
            for (String c : new String[] {"named-and-nominal", "statements", "events"}) {
                store.replaceArticleGraph(c, new RdfMapper(new GraphMetadata(Instant.now(), "test"))
                        .map(new ArticleExtractor().extract(Fixtures.load(c))));
            }
            SparqlServer server = SparqlServer.create(store.dataset()).port(0).start();
            ChromeDriver driver = driver();
            try {
                driver.get(server.viewerPage());
                new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                        ((JavascriptExecutor) d).executeScript("return window.viewerReady === true")));
                long all = (Long) driver.executeScript("return cy.nodes().length");
                assertTrue(all >= 8, "nodes drawn: " + all);
                new Select(driver.findElement(By.id("type"))).selectByVisibleText("Person");
                driver.executeScript("document.getElementById('type').dispatchEvent(new Event('input'))");
                long shown = (Long) driver.executeScript("return cy.nodes().filter(n => !n.hasClass('hidden')).length");
                assertTrue(shown > 0 && shown < all, "persons shown " + shown + " of " + all);
                driver.executeScript("showNode(cy.nodes().filter(n => n.data('label') === 'Louis Moreau')[0].id())");
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("info")).getText().contains("statements"));
                String info = driver.findElement(By.id("info")).getText();
                assertTrue(info.contains("Louis Moreau") && info.contains("reported"), info);
                File shot = driver.getScreenshotAs(OutputType.FILE);
                Files.copy(shot.toPath(), Path.of("target/viewer.png"), StandardCopyOption.REPLACE_EXISTING);
            } finally {
                driver.quit();
                server.stop();
            }
        }
    }

    private ChromeDriver driver() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,800", "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
