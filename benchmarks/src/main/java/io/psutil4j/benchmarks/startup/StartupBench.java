package io.psutil4j.benchmarks.startup;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of a whole hello-world JVM, from fork to exit, plain and under each agent; the
 * difference is what an agent adds to an application's start. The output is checked, so an agent
 * that wrote to stdout or changed the exit code would fail the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
public class StartupBench {
  @Param({"plain", "emptyAgent", "psutil4jAgent", "jmxExporterAgent"})
  public String agent;

  private List<String> command;

  @Setup(Level.Trial)
  public void setup() throws IOException {
    String arg =
        switch (agent) {
          case "plain" -> null;
          case "emptyAgent" -> "-javaagent:" + EmptyAgent.writeJar();
          case "psutil4jAgent" -> "-javaagent:" + ChildJvm.agentJar();
          case "jmxExporterAgent" ->
              "-javaagent:" + ChildJvm.exporterJar() + "=127.0.0.1:0:" + ChildJvm.exporterConfig();
          default -> throw new IllegalArgumentException("unknown agent " + agent);
        };
    command = ChildJvm.command(arg, Hello.class.getName());
  }

  @Benchmark
  public String helloWorldStart() throws IOException, InterruptedException {
    String out = ChildJvm.run(command);
    if (!out.equals("hello" + System.lineSeparator())) {
      throw new IllegalStateException("hello world printed '" + out + "' under " + agent);
    }
    return out;
  }
}
