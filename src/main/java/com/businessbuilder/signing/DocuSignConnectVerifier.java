package com.businessbuilder.signing;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks DocuSign Connect's HMAC signatures: {@code X-DocuSign-Signature-<n>} is the Base64 HMAC-SHA256 of the raw
 * request body under one of the account's Connect keys. DocuSign signs with every active key (up to 100, numbered
 * by their position in its list), so a message is genuine when any of its signatures matches ours.
 */
class DocuSignConnectVerifier {

  static final String HEADER_PREFIX = "X-DocuSign-Signature-";
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  /** @param hmacKey the Connect key; null means no message can be verified, every one is refused */
  DocuSignConnectVerifier(String hmacKey) {
    this.key = hmacKey == null ? null : new SecretKeySpec(hmacKey.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  boolean configured() {
    return key != null;
  }

  /** Whether one of the signatures is the body's HMAC; compared in constant time. */
  boolean genuine(byte[] body, Collection<String> signatures) {
    if (key == null || body == null || signatures.isEmpty()) {
      return false;
    }
    byte[] expected = sign(body);
    boolean match = false;
    for (String signature : signatures) {
      byte[] given = decode(signature);
      // no early exit: every header is compared
      match |= given != null && MessageDigest.isEqual(expected, given);
    }
    return match;
  }

  /** The Base64 signature DocuSign would send for this body (tests sign their messages with it). */
  String signature(byte[] body) {
    return Base64.getEncoder().encodeToString(sign(body));
  }

  private byte[] sign(byte[] body) {
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
