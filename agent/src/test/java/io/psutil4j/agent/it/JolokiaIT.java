package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Jolokia's JVM agent beside ours in one JVM, in either -javaagent order, on an ephemeral loopback
 * port: {@code read} of each whole MBean succeeds without {@code ignoreErrors} (one throwing getter
 * would fail it with 500), and {@code list} shows our descriptions.
 */
class JolokiaIT {
  private static final Pattern STARTED = Pattern.compile(".*started with URL (http://\\S+).*");

  @ParameterizedTest(name = "psutil4j agent first: {0}")
  @ValueSource(booleans = {true, false})
  void readsEveryMBeanWholeAndListsOurDescriptions(boolean oursFirst) throws Exception {
    ExpectedMBeans expected = ExpectedMBeans.onThisMachine();
    String jolokia = "-javaagent:" + System.getProperty("jolokia.jar") + "=host=127.0.0.1,port=0";
    String ours = "-javaagent:" + ChildJvm.agentJar();
    List<String> command = new ArrayList<>();
    command.add(oursFirst ? ours : jolokia);
    command.add(oursFirst ? jolokia : ours);
    command.addAll(List.of("-cp", ChildJvm.testClasses(), HostApp.class.getName()));
    try (ChildJvm host = ChildJvm.start(command)) {
      String url =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> startedUrl(host.stdout()), u -> u != null);
      assertTrue(url.startsWith("http://127.0.0.1:"), url);
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> read(url, "psutil4j:type=Process"), r -> r.contains("\"status\":200"));

      for (Map.Entry<ObjectName, Map<String, String>> bean : expected.descriptions.entrySet()) {
        String response = read(url, bean.getKey().toString());
        String where = bean.getKey() + ": " + response;
        assertTrue(response.contains("\"status\":200"), where);
        assertFalse(response.contains("\"error"), where);
        for (String attribute : bean.getValue().keySet()) {
          assertTrue(
              response.contains("\"" + attribute + "\":"), attribute + " missing in " + where);
        }
      }
      String memory = read(url, "psutil4j:type=Memory");
      Matcher total = Pattern.compile("\"Total\":(\\d+)").matcher(memory);
      assertTrue(total.find(), memory);
      assertEquals(KernelFacts.memTotalBytes(), Long.parseLong(total.group(1)));
      Matcher pid = Pattern.compile("\"Pid\":(\\d+)").matcher(read(url, "psutil4j:type=Process"));
      assertTrue(pid.find());
      assertEquals(host.pid(), Long.parseLong(pid.group(1)));

      String list = Http.get(url + "/list/psutil4j").replace("\\/", "/");
      for (Map.Entry<ObjectName, Map<String, String>> bean : expected.descriptions.entrySet()) {
        String beanDesc = "\"desc\":\"" + expected.beanDescriptions.get(bean.getKey()) + "\"";
        assertTrue(list.contains(beanDesc), () -> beanDesc + " not in " + list);
        for (Map.Entry<String, String> a : bean.getValue().entrySet()) {
          String desc = "\"" + a.getKey() + "\":{";
          String text = "\"desc\":\"" + a.getValue() + "\"";
          assertTrue(list.contains(desc) && list.contains(text), () -> text + " not in " + list);
        }
      }

      assertEquals(0, host.finish(30));
      assertEquals(List.of(), host.stderr(), "nothing on the host's stderr");
      assertTrue(
          host.stdout().stream()
              .noneMatch(l -> l.toLowerCase(java.util.Locale.ROOT).contains("psutil")),
          () -> "our agent wrote to the host's stdout: " + host.stdout());
    }
  }

  /** The URL Jolokia's agent says it started with, from the host's stdout; null before. */
  static String startedUrl(List<String> stdout) {
    for (String line : stdout) {
      Matcher m = STARTED.matcher(line);
      if (m.matches()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** A POST read needs no escaping of the ObjectName (GET would need {@code !/} for '/'). */
  private static String read(String url, String mbean) throws IOException, InterruptedException {
    // FileSystem names are quoted ObjectName values: escape them for the JSON string
    String json = mbean.replace("\\", "\\\\").replace("\"", "\\\"");
    return Http.postJson(url, "{\"type\":\"read\",\"mbean\":\"" + json + "\"}");
  }
}
