package org.summitkg.extract;

/** Whether a mention names its entity ("Putin") or describes it ("the Russian president"). */
public enum MentionKind { NAMED, NOMINAL }
