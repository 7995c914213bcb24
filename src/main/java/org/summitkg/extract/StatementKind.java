package org.summitkg.extract;

/** Whether a statement gives the speaker's exact words or reports what was said. */
public enum StatementKind { DIRECT, REPORTED }
