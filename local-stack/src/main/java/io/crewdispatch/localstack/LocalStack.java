package io.crewdispatch.localstack;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: SMTP, DynamoDB Local and a KRaft broker, then the five services
 * side by side. {@link #main} runs until Ctrl-C; tests use {@link #start} and {@link #close}.
 * Services create their own topics and tables; roster-service seeds var/roster.xlsx with an
 * invented roster when it is missing.
 */
public final class LocalStack implements AutoCloseable {

  private static final String CONSOLE_SECRET = "CONSOLE_CLIENT_SECRET";

  private final StackConfig config;
  private final MailServer mail;
  private final List<Component> started = new ArrayList<>();
  private final List<ServiceProcess> services = new ArrayList<>();
  private long classDataMillis;
  private long servicesReadyMillis = -1;

  public LocalStack(StackConfig config) {
    this.config = config;
    this.mail = new MailServer(config);
  }

  public static void main(String[] args) throws Exception {
    StackConfig config = StackConfig.defaults(Path.of("").toAbsolutePath());
    LocalStack stack = new LocalStack(config);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("\nlocal-stack: stopping...");
                  stack.close();
                  System.out.println("local-stack: stopped; state kept in " + config.varDir());
                  stopped.countDown();
                },
                "local-stack-shutdown"));
    try {
      stack.start();
    } catch (Exception e) {
      System.err.println("local-stack: failed to start: " + e.getMessage());
      System.exit(1);
    }
    stack.printLocations();
    stopped.await();
  }

  /**
   * Starts everything and returns once every service reports ready. A start that fails stops what
   * it had started: the caller never got a stack to close, and the JVMs must not outlive it.
   */
  public LocalStack start() throws Exception {
    try {
      return startAll();
    } catch (Exception | Error e) {
      close();
      throw e;
    }
  }

  private LocalStack startAll() throws Exception {
    Instant begin = Instant.now();
    Files.createDirectories(config.varDir());
    say("state in " + config.varDir());
    ChildProcess.stopLeftovers(config.varDir());
    Ports.requireFree(config);
    startComponent(mail);
    startComponent(new DynamoDbLocal(config));
    startComponent(new KafkaBroker(config));
    List<ServiceProcess> toLaunch =
        config.services().stream().map(s -> new ServiceProcess(config, s)).toList();
    prepareClassData(toLaunch);
    long launched = System.nanoTime();
    // The console needs the secret auth-service generates on its first start; on every later
    // start it is already on disk and the console boots side by side with the others.
    String consoleSecret =
        StackCredentials.consoleSecretWritten(config.credentialsFile()).orElse(null);
    for (ServiceProcess service : toLaunch) {
      if (!service.name().equals(StackConfig.CONSOLE)) {
        launch(service, Map.of());
      } else if (consoleSecret != null) {
        launch(service, Map.of(CONSOLE_SECRET, consoleSecret));
      }
    }
    services.sort(Comparator.comparing(s -> !s.name().equals("auth-service")));
    for (int i = 0; i < services.size(); i++) { // a first start's console joins once auth is ready
      ServiceProcess service = services.get(i);
      service.awaitReady(Duration.ofMinutes(8));
      say(service.name() + " ready after " + service.readyAfterMillis() + " ms");
      if (service.name().equals("auth-service")
          && consoleSecret == null
          && config.services().contains(StackConfig.CONSOLE)) {
        launchConsole();
      }
    }
    servicesReadyMillis = (System.nanoTime() - launched) / 1_000_000;
    say(
        "services ready "
            + servicesReadyMillis
            + " ms after launch; all up in "
            + Duration.between(begin, Instant.now()).toSeconds()
            + " s");
    return this;
  }

  /**
   * Training runs for the services whose jar has no class data archive yet, side by side like the
   * start itself; a no-op when every archive exists or sharing is off.
   */
  private void prepareClassData(List<ServiceProcess> toLaunch) throws InterruptedException {
    long begin = System.nanoTime();
    List<Thread> training = new ArrayList<>();
    java.util.concurrent.atomic.AtomicInteger trained =
        new java.util.concurrent.atomic.AtomicInteger();
    for (ServiceProcess service : toLaunch) {
      Thread t =
          new Thread(
              () -> {
                if (service.prepareClassData()) {
                  trained.incrementAndGet();
                }
              },
              "cds-" + service.name());
      t.start();
      training.add(t);
    }
    for (Thread t : training) {
      t.join();
    }
    classDataMillis = (System.nanoTime() - begin) / 1_000_000;
    if (trained.get() > 0) {
      say(
          "class data training runs for "
              + trained.get()
              + " service(s) took "
              + classDataMillis
              + " ms (once per build of their jars; LOCAL_SERVICE_CDS=false skips them)");
    }
  }

  /** Milliseconds the training runs took before launch (0 when every archive existed). */
  public long classDataMillis() {
    return classDataMillis;
  }

  /** Milliseconds from launching the services to the last (the console included) being ready. */
  public long servicesReadyMillis() {
    return servicesReadyMillis;
  }

  private void launch(ServiceProcess process, Map<String, String> moreEnv) throws Exception {
    process.launch(moreEnv);
    started.add(process);
    services.add(process);
  }

  /**
   * The console signs the office in as client {@code office-console}, whose secret auth-service
   * generates on its first start: on that start the console waits until auth-service is ready.
   */
  private void launchConsole() throws Exception {
    launch(
        new ServiceProcess(config, StackConfig.CONSOLE),
        Map.of(CONSOLE_SECRET, credentials().consoleSecret()));
  }

  public StackConfig config() {
    return config;
  }

  /** Messages the SMTP server has accepted since the stack started. */
  public List<MimeMessage> receivedMail() {
    return mail.received();
  }

  /** Told of every message the SMTP server accepts, per recipient, as it accepts it. */
  public void onMailDelivery(java.util.function.Consumer<MailServer.Delivery> listener) {
    mail.onDelivery(listener);
  }

  /** Milliseconds each service took from launch to ready (all five start side by side). */
  public java.util.Map<String, Long> serviceStartupMillis() {
    java.util.Map<String, Long> times = new java.util.LinkedHashMap<>();
    services.forEach(s -> times.put(s.name(), s.readyAfterMillis()));
    return times;
  }

  /** Pids of the service JVMs by name (for footprint measurements). */
  public java.util.Map<String, Long> servicePids() {
    java.util.Map<String, Long> pids = new java.util.LinkedHashMap<>();
    services.forEach(s -> pids.put(s.name(), s.pid()));
    return pids;
  }

  // Fault injection (the fault suite): stop and start one part while the rest keeps running.

  /** Stops DynamoDB Local (SIGTERM); its tables stay in var/dynamodb, as AWS keeps them. */
  public void stopDynamoDb() {
    part(DynamoDbLocal.class).close();
  }

  /** Starts DynamoDB Local again on its port, with the tables it had. */
  public void startDynamoDb() throws Exception {
    part(DynamoDbLocal.class).start();
  }

  /** Stops the broker (SIGTERM, a controlled shutdown); its log directory stays. */
  public void stopKafka() {
    part(KafkaBroker.class).close();
  }

  /** Starts the broker again on its ports, with every topic and committed offset it had. */
  public void startKafka() throws Exception {
    part(KafkaBroker.class).start();
  }

  /** Kills a service's JVM with SIGKILL: no shutdown hook, nothing flushed. */
  public void killService(String name) {
    service(name).kill();
  }

  /** Launches a service again and returns once it reports ready. */
  public void restartService(String name) throws Exception {
    service(name).start();
  }

  private <T extends Component> T part(Class<T> type) {
    return started.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " is not running"));
  }

  private ServiceProcess service(String name) {
    return services.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no service " + name));
  }

  void printLocations() {
    StringBuilder out =
        new StringBuilder("\nCrew Dispatch is running. Ctrl-C stops all of it; state stays in ")
            .append(config.varDir())
            .append("\n\n");
    for (Component component : started) {
      out.append(String.format("  %-22s %s%n", component.name(), component.location()));
    }
    out.append(String.format("%n  %-22s %s%n", "roster workbook", config.rosterWorkbook()))
        .append(String.format("  %-22s %s%n", "sent mail (.eml)", config.mailDir()))
        .append(String.format("  %-22s %s%n", "statements", config.driveDir()))
        .append(String.format("  %-22s %s%n", "logs", config.logDir()))
        .append(signIns())
        .append("\nBook a charter: see README.md, \"Try it\".\n");
    System.out.println(out);
  }

  /** Generated on auth-service's first start; printed here, never in a service's log. */
  private String signIns() {
    StackCredentials credentials = StackCredentials.read(config.credentialsFile());
    String auth = config.serviceUrl("auth-service");
    String console =
        config.services().contains(StackConfig.CONSOLE)
            ? String.format(
                "%n  Office console: open %s and sign in as %s, password %s%n",
                config.serviceUrl(StackConfig.CONSOLE),
                credentials.officeEmail(),
                credentials.officePassword())
            : "";
    return console
        + String.format(
            "%n  Sign-in (local only; kept 0600 in %s)%n"
                + "  %-22s %s/login  as %s, password %s%n"
                + "  %-22s client id %s, secret %s (scopes charters:write charters:read)%n"
                + "  %-22s client id %s, secret %s%n"
                + "  %-22s client id %s, secret %s (scopes roster:sync statements:write)%n",
            config.credentialsFile(),
            "office user",
            auth,
            credentials.officeEmail(),
            credentials.officePassword(),
            "demo booking client",
            StackCredentials.DEMO_BOOKING,
            credentials.demoBookingSecret(),
            "office console client",
            StackCredentials.OFFICE_CONSOLE,
            credentials.consoleSecret(),
            "ops client",
            StackCredentials.LOCAL_OPS,
            credentials.opsSecret());
  }

  /** The demo booking client's credentials, as {@code curl -u} or a booking system uses them. */
  public StackCredentials credentials() {
    return StackCredentials.read(config.credentialsFile());
  }

  private void startComponent(Component component) throws Exception {
    Instant begin = Instant.now();
    component.start();
    started.add(component);
    say(component.name() + " up in " + Duration.between(begin, Instant.now()).toMillis() + " ms");
  }

  /** Stops services first (they flush to Kafka and DynamoDB), then the infrastructure. */
  @Override
  public void close() {
    List<Component> reversed = new ArrayList<>(started);
    java.util.Collections.reverse(reversed);
    stopServices();
    reversed.stream().filter(c -> !(c instanceof ServiceProcess)).forEach(Component::close);
    started.clear();
  }

  /**
   * Stops the services side by side (each gracefully: it leaves its consumer groups and flushes),
   * leaving the broker, DynamoDB Local and the SMTP server running.
   */
  public void stopServices() {
    List<Thread> stopping = new ArrayList<>();
    for (ServiceProcess service : services) {
      Thread t = new Thread(service::close, "stop-" + service.name());
      t.start();
      stopping.add(t);
    }
    for (Thread t : stopping) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    started.removeAll(services);
    services.clear();
  }

  private static void say(String message) {
    System.out.println("local-stack: " + message);
  }
}
