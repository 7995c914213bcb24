package org.summitkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void outsideATerminalALineAtEveryTenthNotEveryStep() {
        StringWriter log = new StringWriter();
        Progress progress = new Progress(new PrintWriter(log), false);
        for (int i = 0; i <= 200; i++) {
            progress.step(i, 200, i == 200 ? "done" : "building a" + i + ".txt");
        }
        List<String> lines = log.toString().lines().toList();
        assertEquals(11, lines.size(), log.toString());
        assertTrue(lines.get(0).contains(" 0/200 "), lines.get(0));
        assertTrue(lines.get(1).contains(" 20/200 "), lines.get(1));
        assertTrue(lines.get(10).contains(" 200/200 ") && lines.get(10).endsWith("done"), lines.get(10));
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlace() {
        StringWriter log = new StringWriter();
        Progress progress = new Progress(new PrintWriter(log), true);
        progress.step(1, 3, "one");
        progress.step(2, 3, "two");
        progress.finish();
        assertEquals(1, log.toString().chars().filter(c -> c == '\n').count(), "one line end, from finish()");
        assertTrue(log.toString().startsWith("\r[") && log.toString().contains("\r[####################          ] 2/3"), log.toString());
    }
}
