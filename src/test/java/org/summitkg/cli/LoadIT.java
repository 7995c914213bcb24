package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.summitkg.bench.CompetencyQueries;
import org.summitkg.rdf.BundledQuery;

/**
 * A bounded load test: 32 concurrent clients send the competency queries to the served corpus
 * over loopback, a fixed number each (bench's own load, {@link QueryBench#concurrent}); no request
 * may fail. Prints throughput and latency.
 */
class LoadIT {
    @Test
    void thirtyTwoClientsGetEveryAnswerWithoutError() {
        BuiltCorpus built = BuiltCorpus.get();
        List<String> queries = CompetencyQueries.NAMES.stream().map(BundledQuery::text).toList();
        QueryBench.Load load = new QueryBench(1, new PrintWriter(System.out, true)).concurrent(built.store, queries, "LoadIT");
        assertEquals(QueryBench.CLIENTS * QueryBench.REQUESTS_PER_CLIENT, load.requests());
        assertEquals(0, load.errors());
    }
}
