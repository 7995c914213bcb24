package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThroughputBenchTest {
    @Test
    void eachAnnotatorsTimeAsMillisecondsPerThousandTokensAndShare() {
        String timing = """
                Annotation pipeline timing information:
                TokenizerAnnotator: 1.0 sec.
                POSTaggerAnnotator: 3.0 sec.
                CorefAnnotator: 6.0 sec.
                TOTAL: 10.0 sec. for 20000 tokens at 2000.0 tokens/sec.""";
        assertEquals("Tokenizer 50 ms/1k tokens (10 %), POSTagger 150 ms/1k tokens (30 %), Coref 300 ms/1k tokens (60 %)",
                ThroughputBench.shares(timing, 20_000));
    }
}
