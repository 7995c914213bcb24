package org.summitkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.summitkg.SummitKgException;

/**
 * A SPARQL protocol client for benchmarks: POSTs a query to an endpoint and returns how many rows
 * came back, so a latency can be read beside the size of its answer.
 *
 * <pre>{@code
 * SparqlClient client = new SparqlClient("http://localhost:3030/summit/sparql");
 * int rows = client.select("SELECT * { ?s ?p ?o } LIMIT 3");
 * }</pre>
 */
public final class SparqlClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;

    public SparqlClient(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    /** Sends a SELECT or ASK query; returns the number of rows (1 for an ASK). */
    public int select(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new SummitKgException("query answered HTTP " + r.statusCode() + ": " + r.body().lines().findFirst().orElse(""));
        }
        JsonNode bindings = JSON.readTree(r.body()).path("results").path("bindings");
        return bindings.isArray() ? bindings.size() : 1;
    }
}
