package com.businessbuilder.system.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * The production password policy: a password must be at least {@value #MIN_LENGTH} characters and hard to guess
 * as estimated by nbvcxz (dictionaries of common passwords, names and words, keyboard walks, repeats, sequences,
 * dates, l33t substitutions), with the user's own name and this application's words counted as known. Not a list
 * of bad passwords: {@code aaaaaaaaaaaa} and {@code qwertyuiop12} fail, a long passphrase passes.
 */
public final class StrongPasswords {

  public static final int MIN_LENGTH = 12;
  /** Bits of entropy an attacker must guess through; nbvcxz's default minimum. */
  public static final double MIN_ENTROPY = 35;

  private static final List<String> APPLICATION_WORDS = List.of("business", "builder", "businessbuilder",
      "camunda", "admin", "administrator", "ceo", "operator", "owner", "password");

  private StrongPasswords() {}

  /** What is wrong with the password, in words a user can act on; empty when it is strong enough. */
  public static List<String> weaknesses(String password, String... userWords) {
    List<String> weaknesses = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      weaknesses.add("is shorter than " + MIN_LENGTH + " characters");
      return weaknesses;
    }
    Result estimate = estimator(userWords).estimate(password);
    if (estimate.getEntropy() < MIN_ENTROPY) {
      String warning = estimate.getFeedback().getWarning();
      weaknesses.add("is too easy to guess" + (warning == null || warning.isBlank() ? "" : " (" + warning + ")")
          + "; a few unrelated words or a password manager's random password are strong");
    }
    return weaknesses;
  }

  private static Nbvcxz estimator(String... userWords) {
    DictionaryBuilder known = new DictionaryBuilder().setDictionaryName("known to this application").setExclusion(true);
    Stream.concat(APPLICATION_WORDS.stream(), Arrays.stream(userWords))
        .filter(word -> word != null && !word.isBlank())
        .map(word -> word.toLowerCase(Locale.ROOT))
        .forEach(word -> known.addWord(word, 0));
    List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    dictionaries.add(known.createDictionary());
    Configuration configuration = new ConfigurationBuilder().setDictionaries(dictionaries)
        .setMinimumEntropy(MIN_ENTROPY).createConfiguration();
    return new Nbvcxz(configuration);
  }
}
