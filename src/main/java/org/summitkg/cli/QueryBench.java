package org.summitkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.summitkg.bench.CompetencyQueries;
import org.summitkg.bench.Latencies;
import org.summitkg.bench.SelectiveQueries;
import org.summitkg.bench.SparqlClient;
import org.summitkg.rdf.BundledQuery;
import org.summitkg.rdf.TdbStore;
import org.summitkg.serve.SparqlServer;

/**
 * Query latency over HTTP against a real Fuseki: each query sent {@code rounds} times by one
 * client (fewer when one query's rounds pass {@value #BUDGET_SECONDS} s, never fewer than three),
 * p50 and p99 with the rows of the answer; and concurrent clients sending a mix of queries.
 */
final class QueryBench {
    private static final double BUDGET_SECONDS = 10;
    private static final int MIN_ROUNDS = 3;
    static final int CLIENTS = 32;
    static final int REQUESTS_PER_CLIENT = 20;

    private final int rounds;
    private final PrintWriter out;

    QueryBench(int rounds, PrintWriter out) {
        this.rounds = rounds;
        this.out = out;
    }

    /** One query's figures on one store. */
    record Timing(double p50, double p99, int rows) {
        String cell() {
            return String.format("%8.1f %8.1f %7d", p50, p99, rows);
        }
    }

    /** Every competency query, whole-graph then selective, on every store, printed as one table; then concurrent clients on the last. */
    void sideBySide(Map<String, Path> stores, List<SelectiveQueries.Bound> selective) {
        Map<String, String> queries = new LinkedHashMap<>();
        // claims-about-topic is always bound (to ceasefire unless told): it is among the selective ones
        CompetencyQueries.NAMES.stream().filter(n -> !n.equals("claims-about-topic")).forEach(n -> queries.put(n, BundledQuery.text(n)));
        selective.forEach(b -> queries.put(b.label(), b.text()));
        Map<String, List<Timing>> table = new LinkedHashMap<>();
        queries.keySet().forEach(k -> table.put(k, new ArrayList<>()));
        for (Map.Entry<String, Path> store : stores.entrySet()) {
            try (TdbStore db = TdbStore.open(store.getValue())) {
                SparqlServer server = SparqlServer.create(db.dataset()).port(0).ui(false).start();
                try {
                    SparqlClient client = new SparqlClient(server.sparqlEndpoint());
                    queries.forEach((name, text) -> table.get(name).add(time(client, text)));
                } finally {
                    server.stop();
                }
            }
        }
        StringBuilder head = new StringBuilder(String.format("%-40s", "query (ms, ms, rows)"));
        stores.keySet().forEach(s -> head.append(String.format(" | %-25s", s + ": p50 p99 rows")));
        out.println(head);
        table.forEach((name, timings) -> {
            StringBuilder row = new StringBuilder(String.format("%-40s", shorten(name)));
            timings.forEach(t -> row.append(" | ").append(t.cell()));
            out.println(row);
        });
        out.flush();
        String largest = List.copyOf(stores.keySet()).get(stores.size() - 1);
        try (TdbStore db = TdbStore.open(stores.get(largest))) {
            concurrent(db, selective.stream().map(SelectiveQueries.Bound::text).toList(), largest + ", selective queries");
        }
    }

    /** Each bundled competency query on one store, one line each. */
    void each(TdbStore store) {
        SparqlServer server = SparqlServer.create(store.dataset()).port(0).ui(false).start();
        try {
            SparqlClient client = new SparqlClient(server.sparqlEndpoint());
            for (String name : CompetencyQueries.NAMES) {
                Timing t = time(client, BundledQuery.text(name));
                out.printf("query %-28s p50 %7.1f ms  p99 %7.1f ms  %d rows%n", name, t.p50(), t.p99(), t.rows());
            }
        } finally {
            server.stop();
        }
        out.flush();
    }

    /** What concurrent clients saw: requests answered or failed, in how long, at what latencies. */
    record Load(long requests, int errors, double seconds, double p50, double p99) {
    }

    /** {@value #CLIENTS} clients, {@value #REQUESTS_PER_CLIENT} requests each, cycling through the queries; printed and returned. */
    Load concurrent(TdbStore store, List<String> texts, String what) {
        SparqlServer server = SparqlServer.create(store.dataset()).port(0).ui(false).start();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
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
                            client.select(texts.get((first + i) % texts.size()));
                        } catch (IOException | RuntimeException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies.record(System.nanoTime() - t0);
                    }
                }));
            }
            for (Future<?> f : clients) {
                f.get(10, TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Load load = new Load(latencies.count(), errors.get(), seconds, latencies.percentileMs(50), latencies.percentileMs(99));
            out.printf("concurrent (%s): %d clients, %d requests in %.1f s: %.1f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    what, CLIENTS, load.requests(), seconds, load.requests() / seconds, load.p50(), load.p99(), load.errors());
            out.flush();
            return load;
        } catch (Exception e) {
            throw new org.summitkg.SummitKgException("concurrent clients failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
            server.stop();
        }
    }

    private Timing time(SparqlClient client, String text) {
        try {
            int rows = client.select(text);
            Latencies times = new Latencies();
            long budgetEnd = System.nanoTime() + (long) (BUDGET_SECONDS * 1e9);
            for (int i = 0; i < rounds && (i < MIN_ROUNDS || System.nanoTime() < budgetEnd); i++) {
                long t0 = System.nanoTime();
                client.select(text);
                times.record(System.nanoTime() - t0);
            }
            return new Timing(times.percentileMs(50), times.percentileMs(99), rows);
        } catch (IOException e) {
            throw new org.summitkg.SummitKgException("bench query failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.summitkg.SummitKgException("bench interrupted", e);
        }
    }

    private static String shorten(String label) {
        int iri = label.indexOf("=<");
        if (iri < 0) {
            return label;
        }
        String value = label.substring(label.lastIndexOf('/') + 1, label.length() - 1);
        return label.substring(0, iri) + "=" + (value.length() > 18 ? value.substring(0, 18) + "…" : value);
    }
}
