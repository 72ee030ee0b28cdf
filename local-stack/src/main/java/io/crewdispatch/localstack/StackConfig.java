package io.crewdispatch.localstack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where everything of the local stack lives: ports, the state folder, which services to start and
 * extra environment for them (for example shorter response windows in tests).
 *
 * @param root the repository root (where the service jars are built)
 * @param varDir state kept between runs: the broker's log, DynamoDB's file, mail, workbooks
 * @param classData whether each service starts from a class data archive made once per build of its
 *     jar ({@link ClassDataArchive}), and how it is made: by a training run for {@code
 *     ./run-local}; in tests, whose fresh state would pay the training run on every start, by the
 *     first stack's services as they stop, for the next stack's, when asked for
 */
public record StackConfig(
    Path root,
    Path varDir,
    int kafkaPort,
    int kafkaControllerPort,
    int dynamoDbPort,
    int smtpPort,
    Map<String, Integer> servicePorts,
    Map<String, String> extraEnv,
    List<String> serviceJvmOptions,
    Map<String, Integer> managementPorts,
    ClassData classData) {

  /**
   * How the services' class data archives are made.
   *
   * @param dir where they live; null: {@code <varDir>/cds}
   */
  public record ClassData(Mode mode, Path dir) {

    /** No archive; a training run before a build's first launch; written by that launch. */
    public enum Mode {
      NONE,
      TRAINED,
      ARCHIVED_AT_EXIT
    }

    static final ClassData NONE = new ClassData(Mode.NONE, null);
  }

  /**
   * The office console: its client secret is what auth-service generates on its first start, so on
   * that start it is launched once auth-service is ready; later starts launch it with the others.
   */
  public static final String CONSOLE = "office-console";

  /** The services and the console in start order, with their default HTTP ports (DESIGN.md). */
  public static final Map<String, Integer> DEFAULT_SERVICE_PORTS = defaultServicePorts();

  public StackConfig {
    servicePorts = Map.copyOf(servicePorts);
    extraEnv = Map.copyOf(extraEnv);
    serviceJvmOptions = List.copyOf(serviceJvmOptions);
    managementPorts = Map.copyOf(managementPorts);
  }

  /** Without class data archives (tests: their state is fresh, so every start would train). */
  public StackConfig(
      Path root,
      Path varDir,
      int kafkaPort,
      int kafkaControllerPort,
      int dynamoDbPort,
      int smtpPort,
      Map<String, Integer> servicePorts,
      Map<String, String> extraEnv,
      List<String> serviceJvmOptions,
      Map<String, Integer> managementPorts) {
    this(
        root,
        varDir,
        kafkaPort,
        kafkaControllerPort,
        dynamoDbPort,
        smtpPort,
        servicePorts,
        extraEnv,
        serviceJvmOptions,
        managementPorts,
        ClassData.NONE);
  }

  /** Management (actuator) ports at the documented service port + 1000. */
  public StackConfig(
      Path root,
      Path varDir,
      int kafkaPort,
      int kafkaControllerPort,
      int dynamoDbPort,
      int smtpPort,
      Map<String, Integer> servicePorts,
      Map<String, String> extraEnv,
      List<String> serviceJvmOptions) {
    this(
        root,
        varDir,
        kafkaPort,
        kafkaControllerPort,
        dynamoDbPort,
        smtpPort,
        servicePorts,
        extraEnv,
        serviceJvmOptions,
        plusThousand(servicePorts));
  }

  /**
   * The JVM options of every service when {@code LOCAL_SERVICE_JAVA_OPTS} is unset, sized by
   * bench's StartUp: an idle service has 40–60 MB of heap in use; a small young generation keeps a
   * quiet service from holding pages it touched once (4 MB: 3 MB less resident than 8 MB, which was
   * 7 MB less than 16 MB; each halving doubled the young collections, 0.3 and then 0.7–0.8 ms more
   * pause a booking at 10/s across the six, none of them full: BENCHMARKS.md of 4 and 5 Dec), and
   * glibc is told every 30 s to return the native memory it keeps after frees (2.6 MB at once on an
   * idle dispatch-service, 4.8 MB less malloc resident 150 s after a start). The initial heap (80
   * MB: 64 MB of old generation) holds what a service keeps after young collections under load
   * (38–42 MB) with room, and the metadata threshold sits above what start-up loads: with 48 MB and
   * the JVM's 21 MB threshold, every service stopped for 4–6 full collections of 20–560 ms, three a
   * run (of all six) under load (their GC logs, BENCHMARKS.md of 3 Dec); unused heap pages are not
   * resident. Loaded classes (~17,000, ~90 MB of metadata) are most of the rest. C1 only: a start
   * costs a quarter to a half less CPU without C2 compiling start-up code that never runs again,
   * and the 2/s phase cost less CPU too (local-stack/README.md). Spring's AOT-generated
   * initializers (made by each jar's build for the {@code local} profile) replace the configuration
   * classes' parsing and condition evaluation; a start whose settings choose other adapters than
   * the build did leaves AOT mode (platform's {@code PropertyConditionsCheck}).
   */
  public static final String DEFAULT_SERVICE_JAVA_OPTS =
      "-Xms80m -XX:MetaspaceSize=128m -Xmx256m -Xmn4m -XX:MinHeapFreeRatio=10"
          + " -XX:MaxHeapFreeRatio=30 -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m"
          + " -XX:ReservedCodeCacheSize=64m -XX:TieredStopAtLevel=1 -Xss512k"
          + " -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=30000"
          + " -Dspring.aot.enabled=true";

  /** The documented ports, state under {@code <root>/var}, overridable by environment variables. */
  public static StackConfig defaults(Path root) {
    Map<String, String> env = System.getenv();
    StackConfig config =
        new StackConfig(
            root.toAbsolutePath().normalize(),
            Path.of(env.getOrDefault("LOCAL_STACK_VAR", root.resolve("var").toString()))
                .toAbsolutePath()
                .normalize(),
            Integer.parseInt(env.getOrDefault("LOCAL_KAFKA_PORT", "9092")),
            Integer.parseInt(env.getOrDefault("LOCAL_KAFKA_CONTROLLER_PORT", "9093")),
            Integer.parseInt(env.getOrDefault("LOCAL_DYNAMODB_PORT", "8000")),
            Integer.parseInt(env.getOrDefault("LOCAL_SMTP_PORT", "3025")),
            servicePortsFrom(
                Integer.parseInt(env.getOrDefault("LOCAL_SERVICE_PORTS_FROM", "8081"))),
            Map.of(),
            List.of(
                env.getOrDefault("LOCAL_SERVICE_JAVA_OPTS", DEFAULT_SERVICE_JAVA_OPTS)
                    .trim()
                    .split("\\s+")));
    return config.withClassDataSharing(
        !"false".equals(env.getOrDefault("LOCAL_SERVICE_CDS", "true")));
  }

  public List<String> services() {
    return List.copyOf(
        servicePorts.keySet().stream()
            .sorted((a, b) -> servicePorts.get(a) - servicePorts.get(b))
            .toList());
  }

  public String kafkaBootstrapServers() {
    return "localhost:" + kafkaPort;
  }

  public String dynamoDbEndpoint() {
    return "http://localhost:" + dynamoDbPort;
  }

  public String serviceUrl(String service) {
    return "http://localhost:" + servicePorts.get(service);
  }

  /** Where the service's actuator answers (never on its public port). */
  public String managementUrl(String service) {
    return "http://localhost:" + managementPorts.get(service);
  }

  /**
   * The secrets auth-service generates on first start (office user, demo booking client, console
   * client), 0600; read by {@link StackCredentials}.
   */
  public Path credentialsFile() {
    return varDir.resolve("auth").resolve("local-credentials.properties");
  }

  public Path mailDir() {
    return varDir.resolve("mail");
  }

  public Path rosterWorkbook() {
    return varDir.resolve("roster.xlsx");
  }

  public Path driveDir() {
    return varDir.resolve("drive");
  }

  public Path logDir() {
    return varDir.resolve("logs");
  }

  /** Class data archives, one folder per service and build of its jar. */
  public Path classDataDir() {
    return classData.dir() != null ? classData.dir() : varDir.resolve("cds");
  }

  /** Environment every service gets: where the infrastructure is and where local files go. */
  public Map<String, String> serviceEnvironment(String service) {
    Map<String, String> env = new LinkedHashMap<>();
    // glibc's default of 8 malloc arenas per core holds tens of MB per JVM that a service this
    // size never needs; two keep native allocation contention-free for its few busy threads.
    env.put("MALLOC_ARENA_MAX", "2");
    env.put("SERVER_PORT", String.valueOf(servicePorts.get(service)));
    env.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPorts.get(service)));
    env.put("AUTH_ISSUER_URI", serviceUrl("auth-service"));
    env.put("AUTH_SEED_CREDENTIALS_FILE", credentialsFile().toString());
    env.put("AUTH_SIGNING_KEY_FILE", varDir.resolve("auth").resolve("signing-key.json").toString());
    env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
    env.put("DYNAMODB_ENDPOINT", dynamoDbEndpoint());
    env.put("AWS_REGION", "us-west-2");
    env.put("SMTP_HOST", "localhost");
    env.put("SMTP_PORT", String.valueOf(smtpPort));
    env.put("MAIL_ARCHIVE_DIR", mailDir().toString());
    env.put("ROSTER_XLSX_PATH", rosterWorkbook().toString());
    env.put("STATEMENT_LOCAL_DIR", driveDir().toString());
    env.put("AUTH_PUBLIC_BASE_URL", serviceUrl("auth-service"));
    if (servicePorts.containsKey(CONSOLE)) {
      env.put("AUTH_CONSOLE_REDIRECT_URI", consoleRedirectUri());
    }
    if (service.equals(CONSOLE)) {
      env.putAll(consoleEnvironment());
    }
    env.putAll(extraEnv);
    return env;
  }

  /** Where auth-service sends the office back with a code after signing in to the console. */
  public String consoleRedirectUri() {
    return serviceUrl(CONSOLE) + "/login/oauth2/code/crew-dispatch";
  }

  /** The console talks to auth, dispatch and reporting, and reads every service's health. */
  private Map<String, String> consoleEnvironment() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("AUTH_ISSUER", serviceUrl("auth-service"));
    env.put("CONSOLE_CLIENT_AUTH_METHOD", "client_secret_basic");
    env.put("DISPATCH_URL", serviceUrl("dispatch-service"));
    env.put("REPORTING_URL", serviceUrl("reporting-service"));
    for (String service : servicePorts.keySet()) {
      if (!service.equals(CONSOLE)) {
        String name = service.substring(0, service.indexOf('-')).toUpperCase(Locale.ROOT);
        env.put(name + "_HEALTH_URL", managementUrl(service) + "/actuator/health");
      }
    }
    return env;
  }

  public StackConfig withExtraEnv(Map<String, String> env) {
    Map<String, String> merged = new LinkedHashMap<>(extraEnv);
    merged.putAll(env);
    return new StackConfig(
        root,
        varDir,
        kafkaPort,
        kafkaControllerPort,
        dynamoDbPort,
        smtpPort,
        servicePorts,
        merged,
        serviceJvmOptions,
        managementPorts,
        classData);
  }

  /** The same stack with these management ports (tests pick free ones). */
  public StackConfig withManagementPorts(Map<String, Integer> ports) {
    return new StackConfig(
        root,
        varDir,
        kafkaPort,
        kafkaControllerPort,
        dynamoDbPort,
        smtpPort,
        servicePorts,
        extraEnv,
        serviceJvmOptions,
        ports,
        classData);
  }

  /** The same stack, its services started from archives made by training runs, or not. */
  public StackConfig withClassDataSharing(boolean enabled) {
    return withClassData(enabled ? new ClassData(ClassData.Mode.TRAINED, null) : ClassData.NONE);
  }

  /**
   * The same stack, each service's first launch writing its archive into {@code dir} as it stops,
   * for the launches after it, this stack's restarts and later stacks' (tests).
   */
  public StackConfig withClassDataArchivedAtExit(Path dir) {
    return withClassData(new ClassData(ClassData.Mode.ARCHIVED_AT_EXIT, dir));
  }

  private StackConfig withClassData(ClassData how) {
    return new StackConfig(
        root,
        varDir,
        kafkaPort,
        kafkaControllerPort,
        dynamoDbPort,
        smtpPort,
        servicePorts,
        extraEnv,
        serviceJvmOptions,
        managementPorts,
        how);
  }

  /** The documented ports moved so that auth-service's is {@code first} (a second stack). */
  static Map<String, Integer> servicePortsFrom(int first) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    DEFAULT_SERVICE_PORTS.forEach((service, port) -> ports.put(service, port - 8081 + first));
    return ports;
  }

  private static Map<String, Integer> plusThousand(Map<String, Integer> ports) {
    Map<String, Integer> management = new LinkedHashMap<>();
    ports.forEach((service, port) -> management.put(service, port + 1000));
    return management;
  }

  private static Map<String, Integer> defaultServicePorts() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    ports.put("auth-service", 8081);
    ports.put("dispatch-service", 8082);
    ports.put("roster-service", 8083);
    ports.put("notification-service", 8084);
    ports.put("reporting-service", 8085);
    ports.put(CONSOLE, 8086);
    return ports;
  }
}
