package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.summitkg.export.CytoscapeStyle;
import org.summitkg.export.GraphExporter;
import org.summitkg.export.GraphProjection;
import org.summitkg.export.Layout;
import org.summitkg.export.NodeStyle;
import org.summitkg.export.View;
import org.summitkg.export.ViewFilter;
import org.summitkg.serve.SparqlServer;


/**
 * The viewer on the seed store (built with the real pipeline) in headless Chromium (Debian's
 * chromium and chromium-driver, which .ci/run installs): each view renders, visible labels do not
 * overlap (measured on the labels' bounding boxes through the Cytoscape.js API), zooming in labels
 * more nodes, a click lists statements with their sentence and article, a search focuses a node.
 * Screenshots of each view go to target/viewer-VIEW.png.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewerIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Visible labels may touch, not overlap by more than this many screen pixels. */
    static final double MAX_OVERLAP_PX = 3;
    /** Returns {labels: visible labels, worst: the largest overlap of two of them, in screen pixels, nodes: visible nodes}. */
    static final String OVERLAP = """
            const zoom = cy.zoom();
            const boxes = cy.nodes(':visible').filter(n => n.style('label') !== '')
                .map(n => n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
            let worst = 0;
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              const ox = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1), oy = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
              if (ox > 0 && oy > 0) worst = Math.max(worst, Math.min(ox, oy) * zoom);
            }
            return { labels: boxes.length, worst: worst, nodes: cy.nodes(':visible').length };""";

    private final Path dir = Path.of("target/viewer-it");
    private SparqlServer server;
    private ChromeDriver driver;

    @BeforeAll
    void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (.ci/run installs them)");
        server = SparqlServer.create(BuiltCorpus.get().store.dataset()).port(0).start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + Files.createDirectories(dir.resolve("chrome")));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(),
                options);
        driver.get(server.viewerPage());
        awaitReady();
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private void awaitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(d -> Boolean.TRUE.equals(driver.executeScript("return window.viewerReady === true"))
                || String.valueOf(driver.executeScript("return document.getElementById('status').textContent")).startsWith("error"));
        String status = String.valueOf(driver.executeScript("return document.getElementById('status').textContent"));
        assertTrue(!status.startsWith("error"), status);
    }

    private void show(String view) {
        driver.executeScript("const v = document.getElementById('view'); v.value = arguments[0]; v.dispatchEvent(new Event('change'))", view);
        awaitReady();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> overlap() {
        return (Map<String, Object>) driver.executeScript(OVERLAP);
    }

    @SuppressWarnings("unchecked")
    private List<String> types() {
        return (List<String>) driver.executeScript("return [...new Set(cy.nodes().map(n => n.data('type')))]");
    }

    @Test
    void everyViewRendersWithLabelsThatDoNotOverlap() throws Exception {
        for (String view : new String[] {"network", "claims", "events", "all"}) {
            show(view);
            List<String> types = types();
            assertEquals(view.equals("claims") || view.equals("all"), types.contains("Statement"), view + ": " + types);
            assertEquals(view.equals("events") || view.equals("all"), types.contains("Event"), view + ": " + types);
            Map<String, Object> measure = overlap();
            long labels = ((Number) measure.get("labels")).longValue();
            double worst = ((Number) measure.get("worst")).doubleValue();
            System.out.printf("viewer %s: %s visible nodes, %d labelled, worst label overlap %.1f px%n", view, measure.get("nodes"), labels, worst);
            assertTrue(labels >= 5, view + ": " + measure);
            assertTrue(worst <= MAX_OVERLAP_PX, view + ": labels overlap by " + worst + " px");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target/viewer-" + view + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void zoomingInLabelsMoreNodesStillWithoutOverlap() throws Exception {
        show("all");
        long before = ((Number) overlap().get("labels")).longValue();
        driver.executeScript("cy.zoom({ level: cy.zoom() * 4, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } })");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                driver.executeScript("return window.labelledAtZoom === cy.zoom()")));
        Map<String, Object> after = overlap();
        System.out.printf("viewer all, zoomed x4: %d labelled before, %s after, worst overlap %s px%n", before, after.get("labels"),
                after.get("worst"));
        assertTrue(((Number) after.get("labels")).longValue() > before, "labelled before " + before + ", after zoom " + after);
        assertTrue(((Number) after.get("worst")).doubleValue() <= MAX_OVERLAP_PX, after.toString());
    }

    @Test
    void aClickHighlightsTheNeighbourhoodAndListsStatementsWithSentenceAndArticle() {
        show("claims");
        driver.executeScript("cy.nodes('[type = \"Person\"]').sort((a, b) => b.degree() - a.degree())[0].emit('tap')");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("info")).getText().matches("(?s).*\\d+ statements.*"));
        String info = driver.findElement(By.id("info")).getText();
        assertTrue(!info.contains(" 0 statements") && info.contains(".txt"), info);
        long faded = (Long) driver.executeScript("return cy.elements('.faded').length");
        long near = (Long) driver.executeScript("return cy.$(':selected').closedNeighborhood().filter(e => !e.hasClass('faded')).length");
        assertTrue(faded > 0 && near > 1, "faded " + faded + ", neighbourhood " + near);
    }

    @Test
    void theEventsViewListsEventsInDateOrder() {
        show("events");
        String info = driver.findElement(By.id("info")).getText();
        assertTrue(info.startsWith("Events by date"), info);
        List<String> dates = info.lines().skip(1).map(l -> l.split(" ")[0]).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
        assertTrue(!dates.isEmpty(), info);
        assertEquals(dates.stream().sorted().toList(), dates);
    }

    @Test
    void anExportedCyjsOpensInCytoscapeJsWithItsPositionsAndStyle() throws Exception {
        var graph = new GraphProjection(BuiltCorpus.get().store.dataset(), ViewFilter.of(View.CLAIMS)).project();
        StringWriter cyjs = new StringWriter();
        GraphExporter.Format.CYTOSCAPE.write(graph, View.CLAIMS, Layout.FORCE.positions(graph), cyjs);
        String style = new ObjectMapper().writeValueAsString(CytoscapeStyle.file(new ObjectMapper()));
        @SuppressWarnings("unchecked")
        Map<String, Object> loaded = new ObjectMapper().readValue((String) driver.executeScript("""
                const file = JSON.parse(arguments[0]), style = JSON.parse(arguments[1]);
                const c = cytoscape({ headless: true, styleEnabled: true, elements: file.elements, style: style[0].style, layout: { name: 'preset' } });
                const n = c.nodes()[0], json = file.elements.nodes.find(x => x.data.id === n.id());
                return JSON.stringify({ nodes: c.nodes().length, edges: c.edges().length, x: n.position('x'), expected: json.position.x,
                         colour: String(c.nodes('[type = "Person"]')[0].style('background-color')) });""", cyjs.toString(), style), Map.class);
        assertEquals(graph.vertexSet().size(), ((Number) loaded.get("nodes")).intValue());
        assertEquals(graph.edgeSet().size(), ((Number) loaded.get("edges")).intValue());
        assertEquals(((Number) loaded.get("expected")).doubleValue(), ((Number) loaded.get("x")).doubleValue(), 0.01);
        String rgb = NodeStyle.PERSON.red() + "," + NodeStyle.PERSON.green() + "," + NodeStyle.PERSON.blue();
        assertEquals("rgb(" + rgb + ")", String.valueOf(loaded.get("colour")).replace(" ", ""));
    }

    @Test
    void aPageOnAnotherOriginCanQueryTheEndpoint() throws Exception {
        HttpServer other = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "<!DOCTYPE html><html><body>notebook</body></html>".getBytes(StandardCharsets.UTF_8);
        other.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        other.start();
        try {
            driver.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
            // application/sparql-query is not a "simple" content type: the browser sends a preflight first
            Object answer = driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0], { method: 'POST', headers: { 'Content-Type': 'application/sparql-query',
                        'Accept': 'application/sparql-results+json' }, body: 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' })
                      .then(r => r.json()).then(j => done(j.results.bindings[0].n.value)).catch(e => done('blocked: ' + e));""",
                    server.sparqlEndpoint());
            assertTrue(String.valueOf(answer).matches("\\d+") && Long.parseLong(String.valueOf(answer)) > 1000, String.valueOf(answer));
        } finally {
            other.stop(0);
            driver.get(server.viewerPage());
            awaitReady();
        }
    }

    @Test
    void aSearchFocusesTheBestConnectedMatch() {
        show("network");
        String label = (String) driver.executeScript("return cy.nodes().sort((a, b) => b.degree() - a.degree())[5].data('label')");
        driver.findElement(By.id("search")).clear();
        driver.findElement(By.id("search")).sendKeys(label, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> label.equals(driver.executeScript(
                "return cy.$(':selected').length ? cy.$(':selected')[0].data('label') : ''")));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> (Boolean) driver.executeScript("""
                const p = cy.$(':selected')[0].renderedPosition();
                return Math.abs(p.x - cy.width() / 2) < 20 && Math.abs(p.y - cy.height() / 2) < 20;"""));
    }
}
