package dev.aphorist.corpus.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tags a quote with up to three topics, by how many distinct words of each topic's vocabulary it
 * uses; ties keep the order of {@link #TOPICS}. A quote that matches no topic is tagged {@code
 * engineering}.
 */
public final class TopicTagger {

  /** The fallback tag. */
  public static final String GENERAL = "engineering";

  /** Most tags a quote gets. */
  public static final int MAX_TAGS = 3;

  /** The topics, in the order that breaks ties between equally matched ones. */
  static final Map<String, Lexicon> TOPICS = topics();

  private static Map<String, Lexicon> topics() {
    Map<String, Lexicon> topics = new LinkedHashMap<>();
    topics.put(
        "distributed-systems",
        Lexicon.of(
            "distributed",
            "distributed system",
            "replication",
            "replica",
            "consensus",
            "leader election",
            "queue",
            "stream",
            "backlog",
            "cache",
            "partition",
            "multi-tenant",
            "single-tenant",
            "tenant",
            "state",
            "sync",
            "consistency",
            "eventual consistency",
            "node",
            "host",
            "cluster",
            "load balancer",
            "gray failure",
            "fail-stop",
            "failure mode",
            "network",
            "dns",
            "data store",
            "propagating state",
            "mode shift",
            "control system"));
    topics.put(
        "reliability",
        Lexicon.of(
            "reliability",
            "reliable",
            "outage",
            "failure",
            "fail",
            "resilience",
            "resilient",
            "incident",
            "operational",
            "availability",
            "available",
            "redundant",
            "redundancy",
            "postmortem",
            "on-call",
            "blast radius",
            "rollback",
            "chaos",
            "uptime",
            "crash",
            "survive",
            "blameless",
            "postmortem",
            "retry",
            "retry storm",
            "timeline",
            "incident review",
            "liability",
            "error",
            "bug"));
    topics.put(
        "architecture",
        Lexicon.of(
            "architecture",
            "architect",
            "architectural",
            "microservice",
            "micro service",
            "monolith",
            "design",
            "coupling",
            "decoupled",
            "abstraction",
            "interface",
            "contract",
            "api",
            "pattern",
            "component",
            "modular",
            "dependency",
            "layer",
            "data plane",
            "control plane",
            "simplicity",
            "complexity",
            "complex system",
            "standard",
            "trade-off",
            "tradeoff",
            "design pattern",
            "scaling",
            "scale",
            "technical debt"));
    topics.put(
        "operations",
        Lexicon.of(
            "deployment",
            "deploy",
            "ci/cd",
            "pipeline",
            "release",
            "rollout",
            "monitoring",
            "metric",
            "observability",
            "log",
            "alarm",
            "throttling",
            "capacity",
            "operation",
            "production",
            "automation",
            "constraint solver",
            "infrastructure",
            "migration",
            "alert",
            "dashboard",
            "runbook",
            "config",
            "configuration",
            "feature flag"));
    topics.put(
        "teams",
        Lexicon.of(
            "team",
            "meeting",
            "collaboration",
            "colleague",
            "org",
            "organization",
            "organizational",
            "organizationally",
            "organisation",
            "organisational",
            "culture",
            "ownership",
            "owner",
            "incentive",
            "working group",
            "slack",
            "two-pizza",
            "coordination",
            "everyone",
            "people",
            "folk",
            "contributor",
            "together"));
    topics.put(
        "leadership",
        Lexicon.of(
            "leader",
            "leadership",
            "decision",
            "manager",
            "management",
            "principal engineer",
            "strategy",
            "vision",
            "context",
            "tenet",
            "influence",
            "accountability",
            "on the hook",
            "top-down",
            "ivory tower",
            "empower",
            "incentive",
            "ownership",
            "business"));
    topics.put(
        "career",
        Lexicon.of(
            "career",
            "job",
            "promotion",
            "interview",
            "hire",
            "hiring",
            "employee",
            "employer",
            "compensation",
            "salary",
            "skill",
            "experience",
            "learn",
            "learning",
            "mentor",
            "senior",
            "junior",
            "retain",
            "recruiter",
            "resume",
            "growth",
            "craft",
            "potential",
            "grit",
            "talent",
            "talented",
            "newbie",
            "opinion"));
    topics.put(
        "writing",
        Lexicon.of(
            "writing",
            "write",
            "writer",
            "document",
            "doc",
            "narrative",
            "communicate",
            "communication",
            "memo",
            "6 pager",
            "six pager",
            "understood",
            "explain"));
    topics.put(
        "cloud",
        Lexicon.of(
            "cloud",
            "aws",
            "serverless",
            "lambda",
            "ec2",
            "s3",
            "region",
            "azure",
            "gcp",
            "kubernetes",
            "container",
            "vpc",
            "saas",
            "cloud provider",
            "data center"));
    topics.put(
        "languages",
        Lexicon.of(
            "language",
            "programming language",
            "rust",
            "python",
            "java",
            "javascript",
            "typescript",
            "golang",
            "c++",
            "compiler",
            "gc",
            "garbage collection",
            "memory safety",
            "syntax",
            "semicolon",
            "type system",
            "runtime",
            "library",
            "framework"));
    topics.put(
        "product",
        Lexicon.of(
            "customer",
            "product",
            "feature",
            "user",
            "velocity",
            "roadmap",
            "market",
            "startup",
            "valuation",
            "product mindset",
            "customer need",
            "lemon",
            "lemonade",
            "work backward"));
    topics.put(
        "security",
        Lexicon.of(
            "security",
            "secure",
            "permission",
            "credential",
            "encryption",
            "security boundary",
            "vulnerability",
            "iam",
            "authentication",
            "authorization",
            "threat"));
    topics.put(
        "performance",
        Lexicon.of(
            "performance",
            "latency",
            "throughput",
            "efficiency",
            "efficient",
            "optimization",
            "optimize",
            "speed",
            "p99",
            "benchmark"));
    topics.put(
        "code-quality",
        Lexicon.of(
            "code review",
            "review",
            "reviewer",
            "pull request",
            "diff",
            "commit",
            "linter",
            "lint",
            "refactor",
            "refactoring",
            "readable",
            "readability",
            "naming",
            "unit test",
            "test",
            "tests",
            "testing",
            "technical debt",
            "tech debt",
            "legacy code",
            "clean code",
            "documentation",
            "comment",
            "rewrite",
            "style guide"));
    topics.put(
        "open-source",
        Lexicon.of(
            "open source", "open-source", "oss", "maintainer", "community", "license", "fork"));
    topics.put(
        "problem-solving",
        Lexicon.of(
            "problem",
            "constraint",
            "solution",
            "solve",
            "solving",
            "hard problem",
            "truism",
            "uninitiated",
            "absurd",
            "innovation",
            "innovate",
            "new thing",
            "new tech"));
    return java.util.Collections.unmodifiableMap(topics);
  }

  /** Words about building software in general, beyond the topics: they make a passage on-topic. */
  static final Lexicon ENGINEERING =
      Lexicon.of(
          "software",
          "system",
          "engineer",
          "engineering",
          "code",
          "coding",
          "tech",
          "technology",
          "technical",
          "tool",
          "build",
          "building",
          "ship",
          "computing",
          "programming",
          "developer",
          "development",
          "test",
          "testing",
          "platform",
          "data",
          "database",
          "service",
          "application",
          "app",
          "computer",
          "program",
          "project",
          "stack",
          "industry",
          "internal tool",
          "technical idea",
          "adopt",
          "standard");

  private static final List<Lexicon> VOCABULARIES = vocabularyList();

  private static final LexiconIndex TOPIC_INDEX = new LexiconIndex(List.copyOf(TOPICS.values()));

  private static List<Lexicon> vocabularyList() {
    List<Lexicon> out = new ArrayList<>(TOPICS.values());
    out.add(ENGINEERING);
    return List.copyOf(out);
  }

  private TopicTagger() {}

  /** The topics of a text, best first. */
  public static List<String> tags(String text) {
    return tags(Words.of(text));
  }

  static List<String> tags(Words words) {
    LexiconIndex.Hits hits = TOPIC_INDEX.hits(words);
    List<Map.Entry<String, Integer>> scored = new ArrayList<>();
    for (Map.Entry<String, Lexicon> topic : TOPICS.entrySet()) {
      int count = hits.distinct(topic.getValue());
      if (count > 0) {
        scored.add(Map.entry(topic.getKey(), count));
      }
    }
    if (scored.isEmpty()) {
      return List.of(GENERAL);
    }
    // A stable sort keeps the declared topic order among equal counts.
    scored.sort(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed());
    List<String> out = new ArrayList<>(MAX_TAGS);
    for (int i = 0; i < scored.size() && i < MAX_TAGS; i++) {
      out.add(scored.get(i).getKey());
    }
    return out;
  }

  static List<Lexicon> vocabularies() {
    return VOCABULARIES;
  }
}
