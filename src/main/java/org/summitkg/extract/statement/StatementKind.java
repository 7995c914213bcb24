package org.summitkg.extract.statement;

/**
 * Whether a statement gives the speaker's exact words, reports what was said, or reports an
 * attitude: what someone wants, hopes, fears or believes ("the union wants a new contract").
 */
public enum StatementKind { DIRECT, REPORTED, ATTITUDE }
