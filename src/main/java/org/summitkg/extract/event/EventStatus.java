package org.summitkg.extract.event;

/** Whether an event took place, was proposed or planned, or is only imagined ("if talks fail"). */
public enum EventStatus { HAPPENED, PROPOSED, HYPOTHETICAL }
