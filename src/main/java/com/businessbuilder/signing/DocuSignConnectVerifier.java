package com.businessbuilder.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks DocuSign Connect's HMAC signatures: {@code X-DocuSign-Signature-<n>} is the Base64 HMAC-SHA256 of the raw
 * request body under one of the account's Connect keys. DocuSign signs with every active key (up to 100, numbered
 * by their position in its list), so a message is genuine when any of its signatures matches one of our keys.
 * {@code bb.signing.connect-hmac-key} may name several keys, separated by commas, while a key is being rotated.
 */
class DocuSignConnectVerifier {

  static final String HEADER_PREFIX = "X-DocuSign-Signature-";
  private static final String ALGORITHM = "HmacSHA256";

  private final List<SecretKeySpec> keys;

  /** @param hmacKeys the Connect key(s), comma-separated; null means every message is refused */
  DocuSignConnectVerifier(String hmacKeys) {
    this.keys = hmacKeys == null ? List.of() : Arrays.stream(hmacKeys.split(","))
        .map(String::strip).filter(key -> !key.isEmpty())
        .map(key -> new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM))
        .toList();
  }

  boolean configured() {
    return !keys.isEmpty();
  }

  /** Whether one of the signatures is the body's HMAC; compared in constant time. */
  boolean genuine(byte[] body, Collection<String> signatures) {
    if (keys.isEmpty() || body == null || signatures.isEmpty()) {
      return false;
    }
    boolean match = false;
    for (SecretKeySpec key : keys) {
      byte[] expected = sign(key, body);
      for (String signature : signatures) {
        byte[] given = decode(signature);
        // no early exit: every header is compared with every key
        match |= given != null && MessageDigest.isEqual(expected, given);
      }
    }
    return match;
  }

  /** The Base64 signature DocuSign would send for this body under the first key (tests sign with it). */
  String signature(byte[] body) {
    return Base64.getEncoder().encodeToString(sign(keys.get(0), body));
  }

  private static byte[] sign(SecretKeySpec key, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(body);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static byte[] decode(String signature) {
    try {
      return Base64.getDecoder().decode(signature.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
