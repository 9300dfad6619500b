package com.businessbuilder.system.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;

/**
 * The {@value #HEADER} of a request that creates something (a lead, a deal). A client that lost the answer (a
 * timeout, a restarted server) sends the request again with the same key and gets what the first one created;
 * nothing is created twice. The key is stored, unique, with a fingerprint of the request, so the same key with a
 * different request is refused instead of answered with something else.
 */
public final class IdempotencyKeys {

  /** The request header carrying the key (at most 255 characters). */
  public static final String HEADER = "Idempotency-Key";
  /** The answer header saying whether the answer is the first request's, given again. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** What a key created, as stored with it. */
  public record Earlier<T>(T created, String fingerprint) {}

  /** What a request got: newly created, or replayed from an earlier request with the same key. */
  public record Outcome<T>(T created, boolean replayed) {}

  /**
   * Creates what {@code request} asks for once per key: what the key created before is returned (if the request is
   * the same); otherwise {@code create} stores it with the key and the fingerprint it is given, and when a
   * concurrent request with the same key stored first (a unique-key violation), that one's result is returned.
   *
   * @param key the client's key, or {@code null} for a request without one (always creates)
   * @param request the normalized request; its {@code toString()} is fingerprinted
   * @param what what is created, for the refusal's message ("lead")
   * @param earlier finds what a key created
   * @param create creates it, given the request's fingerprint to store with the key
   */
  public static <T> Outcome<T> createOnce(String key, Object request, String what,
      Function<String, Optional<Earlier<T>>> earlier, Function<String, T> create) {
    String fingerprint = fingerprint(request);
    if (key != null) {
      Optional<Earlier<T>> before = earlier.apply(key);
      if (before.isPresent()) {
        return replay(before.get(), fingerprint, what);
      }
    }
    try {
      return new Outcome<>(create.apply(fingerprint), false);
    } catch (DuplicateKeyException raced) {
      if (key == null) {
        throw raced;
      }
      // a concurrent request with the same key won; what it created is the one that counts
      return replay(earlier.apply(key).orElseThrow(() -> raced), fingerprint, what);
    }
  }

  private static <T> Outcome<T> replay(Earlier<T> earlier, String fingerprint, String what) {
    if (!earlier.fingerprint().equals(fingerprint)) {
      throw new KeyReused(what);
    }
    return new Outcome<>(earlier.created(), true);
  }

  private static String fingerprint(Object request) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(request.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same key came with a different request: the caller's mistake, nothing is created. */
  public static class KeyReused extends CallerMistake {
    KeyReused(String what) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key reused", "This Idempotency-Key was already used for "
          + "a different " + what + "; use a new key for a new " + what);
    }
  }

  private IdempotencyKeys() {}
}
