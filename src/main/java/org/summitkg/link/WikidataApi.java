package org.summitkg.link;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GET requests to the MediaWiki API of Wikidata, as its etiquette asks: a User-Agent, {@code
 * maxlag=5} on every request (the servers answer "maxlag" while replication lags), and bounded
 * retries with exponential back-off on time-outs, HTTP 429 and 5xx, and maxlag answers, waiting
 * what {@code Retry-After} says where it says so. A refused connection is not retried: nothing
 * listens there.
 */
final class WikidataApi {
    static final int MAXLAG_SECONDS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    private final URI api;
    private final int attempts;
    private final Duration firstWait;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private int requests;

    /** {@code attempts} tries at most per request, waiting {@code firstWait}, then twice as long each time. */
    WikidataApi(URI api, int attempts, Duration firstWait) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        this.api = api;
        this.attempts = attempts;
        this.firstWait = firstWait;
    }

    URI uri() {
        return api;
    }

    /** HTTP requests sent, retries included. */
    int requests() {
        return requests;
    }

    /** The JSON answer to an API action; an {@link IOException} once every attempt has failed. */
    JsonNode get(Map<String, String> params) throws IOException, InterruptedException {
        HttpRequest request = request(params);
        IOException last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            HttpResponse<String> response;
            try {
                requests++;
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw e;
            } catch (IOException e) {
                last = e;
                pause(attempt, Optional.empty());
                continue;
            }
            Optional<Duration> retryAfter = response.headers().firstValueAsLong("Retry-After").stream()
                    .mapToObj(Duration::ofSeconds).findFirst();
            int status = response.statusCode();
            if (status == 200) {
                JsonNode answer = JSON.readTree(response.body());
                if (!"maxlag".equals(answer.path("error").path("code").asText())) {
                    return answer;
                }
                last = new IOException("replication lag over " + MAXLAG_SECONDS + " s (maxlag)");
            } else if (status == 429 || status >= 500) {
                last = new IOException("HTTP " + status);
            } else {
                throw new IOException("HTTP " + status + " from " + api);
            }
            pause(attempt, retryAfter);
        }
        throw new IOException(last.getMessage() + " from " + api + ", " + attempts + " attempts", last);
    }

    private HttpRequest request(Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("maxlag", Integer.toString(MAXLAG_SECONDS));
        all.putIfAbsent("format", "json");
        StringBuilder query = new StringBuilder();
        all.forEach((k, v) -> query.append(query.length() == 0 ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create(api + query.toString()))
                .header("User-Agent", "summit-kg (knowledge-graph builder; https://w3id.org/summit-kg/)")
                .timeout(Duration.ofSeconds(20)).build();
    }

    private void pause(int attempt, Optional<Duration> retryAfter) throws InterruptedException {
        if (attempt == attempts) {
            return;
        }
        Duration wait = retryAfter.orElse(firstWait.multipliedBy(1L << (attempt - 1)));
        Thread.sleep(Math.min(wait.toMillis(), LONGEST_WAIT.toMillis()));
    }
}
