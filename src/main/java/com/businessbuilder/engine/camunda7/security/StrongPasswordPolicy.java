package com.businessbuilder.engine.camunda7.security;

import com.businessbuilder.system.security.StrongPasswords;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/**
 * The production password policy ({@link StrongPasswords}) as the engine's policy, so a password set in Admin or
 * over the engine's API is held to the same rule as the administrator's; the user's id and names count as known
 * words.
 */
class StrongPasswordPolicy implements PasswordPolicy {

  static final String PLACEHOLDER = "PASSWORD_POLICY_HARD_TO_GUESS";

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(new PasswordPolicyRule() {
      @Override
      public String getPlaceholder() {
        return PLACEHOLDER;
      }

      @Override
      public Map<String, String> getParameters() {
        return Map.of("minLength", Integer.toString(StrongPasswords.MIN_LENGTH),
            "minEntropyBits", Double.toString(StrongPasswords.MIN_ENTROPY));
      }

      @Override
      public boolean execute(String candidatePassword) {
        return StrongPasswords.weaknesses(candidatePassword).isEmpty();
      }

      @Override
      public boolean execute(String candidatePassword, User user) {
        return user == null ? execute(candidatePassword) : StrongPasswords.weaknesses(candidatePassword,
            user.getId(), user.getFirstName(), user.getLastName(), user.getEmail()).isEmpty();
      }
    });
  }
}
