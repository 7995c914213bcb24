package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.summitkg.bench.CompetencyQueries;
import org.summitkg.bench.Latencies;
import org.summitkg.bench.SparqlClient;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.serve.SparqlServer;


/**
 * A bounded load test: 32 concurrent clients send the competency queries to the served corpus
 * over loopback, a fixed number each; no request may fail. Prints throughput and latency.
 */
class LoadIT {
    static final int CLIENTS = 32;
    static final int REQUESTS_PER_CLIENT = 20;
    static final List<String> QUERIES = CompetencyQueries.NAMES;

    @Test
    void thirtyTwoClientsGetEveryAnswerWithoutError() throws Exception {
        BuiltCorpus built = BuiltCorpus.get();
        SparqlServer server = SparqlServer.create(built.store.dataset()).port(0).ui(false).start();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<String> queries = QUERIES.stream().map(BundledQuery::text).toList();
            SparqlClient client = new SparqlClient(server.sparqlEndpoint());
            Latencies latencies = new Latencies();
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int first = c;
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        long t0 = System.nanoTime();
                        try {
                            client.select(queries.get((first + i) % queries.size()));
                        } catch (IOException | InterruptedException | RuntimeException e) {
                            errors.incrementAndGet();
                        }
                        latencies.record(System.nanoTime() - t0);
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get(5, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("load: %d clients, %d requests in %.2f s: %.1f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    CLIENTS, latencies.count(), seconds, latencies.count() / seconds, latencies.percentileMs(50),
                    latencies.percentileMs(99), errors.get());
            assertEquals(CLIENTS * REQUESTS_PER_CLIENT, latencies.count());
            assertEquals(0, errors.get());
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }
}
