package io.crewdispatch.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * What a service's HTTP routes demand (DESIGN.md, "Who may do what"): each rule names a method, a
 * path pattern and the scopes any one of which lets a token through. A route no rule names is
 * refused to everyone, so a route added without a rule is closed, never open by accident. Public
 * paths (the crew pages) need no token at all; keep that list short.
 */
public final class ApiAccess {

  /** One route rule; {@code method} null means every method. */
  public record Rule(HttpMethod method, String pattern, Set<String> scopes) {
    public Rule {
      scopes = Set.copyOf(scopes);
    }
  }

  private final List<Rule> rules;
  private final List<String> publicPaths;

  private ApiAccess(List<Rule> rules, List<String> publicPaths) {
    this.rules = List.copyOf(rules);
    this.publicPaths = List.copyOf(publicPaths);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A service with no HTTP API of its own (only the management port). */
  public static ApiAccess none() {
    return builder().build();
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<String> publicPaths() {
    return publicPaths;
  }

  public static final class Builder {
    private final List<Rule> rules = new ArrayList<>();
    private final List<String> publicPaths = new ArrayList<>();

    public Builder allow(HttpMethod method, String pattern, String... anyOfScopes) {
      if (anyOfScopes.length == 0) {
        throw new IllegalArgumentException(pattern + " needs at least one scope");
      }
      rules.add(new Rule(method, pattern, Set.of(anyOfScopes)));
      return this;
    }

    public Builder publicPath(String pattern) {
      publicPaths.add(pattern);
      return this;
    }

    public ApiAccess build() {
      return new ApiAccess(rules, publicPaths);
    }
  }
}
