package dev.aphorist.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.aphorist.schedule.PostOutcome;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * {@link FakeDiscord} over HTTP on 127.0.0.1, so that several processes post to one Discord with
 * one global rate limit: POST /channels/{id}/messages with body "quoteId nonce" answers 200 with
 * the message id, 429 with Retry-After, 404 for a deleted channel, 503 during an outage. Senders
 * say when they sent a request in the {@link #SENT_AT} header.
 */
public final class FakeDiscordServer implements AutoCloseable {

  /** The sender's {@link System#nanoTime()} when it sent the request (see {@link FakeDiscord}). */
  public static final String SENT_AT = "X-Sent-At-Nanos";

  private final FakeDiscord discord;
  private final HttpServer server;

  public FakeDiscordServer(FakeDiscord discord) throws IOException {
    this.discord = discord;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
    server.createContext("/channels/", this::handle);
    server.setExecutor(
        Executors.newFixedThreadPool(
            16,
            r -> {
              Thread t = new Thread(r, "fake-discord");
              t.setDaemon(true);
              return t;
            }));
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public FakeDiscord discord() {
    return discord;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String[] path = exchange.getRequestURI().getPath().split("/");
      long channelId = Long.parseLong(path[2]);
      String[] body =
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split(" ");
      String sentAt = exchange.getRequestHeaders().getFirst(SENT_AT);
      PostOutcome outcome =
          discord.post(
              channelId,
              body[0],
              body[1],
              sentAt != null ? Long.parseLong(sentAt) : System.nanoTime());
      if (outcome instanceof PostOutcome.Sent sent) {
        respond(exchange, 200, Long.toString(sent.messageId()));
      } else if (outcome instanceof PostOutcome.Permanent permanent) {
        respond(exchange, 404, permanent.reason());
      } else {
        PostOutcome.Retryable retryable = (PostOutcome.Retryable) outcome;
        if (retryable.retryAfter() != null) {
          exchange
              .getResponseHeaders()
              .add("Retry-After", Long.toString(retryable.retryAfter().toSeconds()));
          respond(exchange, 429, retryable.reason());
        } else {
          respond(exchange, 503, retryable.reason());
        }
      }
    }
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
