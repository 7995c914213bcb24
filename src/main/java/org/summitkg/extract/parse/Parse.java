package org.summitkg.extract.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summitkg.nlp.Dependency;
import org.summitkg.nlp.Sentence;
import org.summitkg.nlp.Token;

/**
 * Navigation over one sentence's dependencies: the basic tree for parents and subtree spans,
 * the enhanced++ graph for subjects (which it propagates through conjunctions and control).
 */
public final class Parse {
    private final Sentence sentence;
    private final Map<Integer, Dependency> parent = new HashMap<>();
    private final Map<Integer, List<Dependency>> children = new HashMap<>();
    private final Map<Integer, List<Dependency>> enhanced = new HashMap<>();

    public Parse(Sentence sentence) {
        this.sentence = sentence;
        for (Dependency d : sentence.tree()) {
            parent.put(d.dependent(), d);
            children.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
        }
        for (Dependency d : sentence.dependencies()) {
            enhanced.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
        }
    }

    public Sentence sentence() {
        return sentence;
    }

    /** The basic-tree governor of a token, or -1 at the root. */
    public int parent(int token) {
        Dependency d = parent.get(token);
        return d == null ? Dependency.ROOT : d.governor();
    }

    /** The basic-tree relation that attaches a token to its governor ("root" at the root). */
    public String relation(int token) {
        Dependency d = parent.get(token);
        return d == null ? "root" : d.relation();
    }

    /** Basic-tree children of a token with a relation starting with {@code prefix}. */
    public List<Integer> children(int token, String prefix) {
        return children.getOrDefault(token, List.of()).stream()
                .filter(d -> d.relation().startsWith(prefix)).map(Dependency::dependent).toList();
    }

    /** Enhanced++ dependents of a token with exactly this relation, or starting with it when it ends in ':'. */
    public List<Integer> enhanced(int token, String relation) {
        return enhanced.getOrDefault(token, List.of()).stream()
                .filter(d -> relation.endsWith(":") ? d.relation().startsWith(relation) : d.relation().equals(relation))
                .map(Dependency::dependent).toList();
    }

    /** First and last token (inclusive) of a token's basic subtree. */
    public int[] span(int token) {
        int min = token;
        int max = token;
        Deque<Integer> todo = new ArrayDeque<>(List.of(token));
        while (!todo.isEmpty()) {
            int t = todo.pop();
            min = Math.min(min, t);
            max = Math.max(max, t);
            children.getOrDefault(t, List.of()).forEach(d -> todo.push(d.dependent()));
        }
        return new int[] {min, max};
    }

    /** Whether the verb has a subject of its own, active or passive. */
    public boolean hasSubject(int verb) {
        return !children(verb, "nsubj").isEmpty() || !children(verb, "nsubj:pass").isEmpty();
    }

    /** The agents of a passive verb, as the enhanced graph gives them: "by the board" in "was told by the board". */
    public List<Integer> agents(int verb) {
        List<Integer> out = new java.util.ArrayList<>(enhanced(verb, "obl:by"));
        out.addAll(enhanced(verb, "obl:agent"));
        return out;
    }

    /** Whether {@code ancestor} dominates {@code token} in the basic tree. */
    public boolean dominates(int ancestor, int token) {
        for (int t = token, steps = 0; t >= 0 && steps < 50; t = parent(t), steps++) {
            if (t == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The first token in [{@code from}, {@code end}) that starts with a letter (list dashes and quote marks skipped), else {@code end}. */
    public static int firstWord(List<Token> tokens, int from, int end) {
        int t = from;
        while (t < end && !Character.isLetter(tokens.get(t).word().codePointAt(0))) {
            t++;
        }
        return t;
    }
}
