package dev.aphorist.discord.sim;

/** A snapshot of one Gateway session as the simulator sees it. */
public record ShardSession(
    String sessionId,
    int shardId,
    int shardCount,
    boolean connected,
    boolean invalid,
    int resumes,
    int lastSequence) {}
