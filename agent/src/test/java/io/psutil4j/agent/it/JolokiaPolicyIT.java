package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Jolokia policy docs/agent.md recommends, taken from the page itself and applied in a real
 * Jolokia agent beside ours: reads of our MBeans answer; exec (heapTrim, allowed by our agent here,
 * so only the policy stands in the way) and writes sent by GET, as a web page could, are refused.
 */
class JolokiaPolicyIT {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The {@code jolokia-access.xml} block of docs/agent.md. */
  private static String documentedPolicy() throws Exception {
    String page =
        new String(
            Files.readAllBytes(Paths.get(System.getProperty("docs.agent"))),
            StandardCharsets.UTF_8);
    int mention = page.indexOf("jolokia-access.xml");
    int start = page.indexOf("```xml", mention);
    int end = page.indexOf("```", start + 6);
    assertTrue(mention > 0 && start > 0 && end > start, "no jolokia-access.xml block in the docs");
    return page.substring(start + 6, end).trim();
  }

  @Test
  void theDocumentedPolicyAllowsReadsAndRefusesExecAndGetWrites(@TempDir Path dir)
      throws Exception {
    Path policy = Files.write(dir.resolve("jolokia-access.xml"), documentedPolicy().getBytes());
    List<String> command =
        List.of(
            "-javaagent:"
                + System.getProperty("jolokia.jar")
                + "=host=127.0.0.1,port=0,policyLocation="
                + policy.toUri(),
            "-javaagent:" + ChildJvm.agentJar() + "=heapTrim=true",
            "-cp",
            ChildJvm.testClasses(),
            HostApp.class.getName());
    try (ChildJvm host = ChildJvm.start(command)) {
      String url =
          await()
              .atMost(Duration.ofSeconds(30))
              .until(() -> JolokiaIT.startedUrl(host.stdout()), u -> u != null);
      String read =
          "{\"type\":\"read\",\"mbean\":\"psutil4j:type=Memory\",\"attribute\":\"Total\"}";
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> post(url, read), r -> r.contains("\"status\":200"));
      assertTrue(post(url, read).contains("\"value\":" + KernelFacts.memTotalBytes()));

      String exec =
          post(
              url,
              "{\"type\":\"exec\",\"mbean\":\"psutil4j:type=Process\","
                  + "\"operation\":\"heapTrim\"}");
      assertRefused("POST exec heapTrim", exec);
      assertRefused("GET exec heapTrim", get(url + "/exec/psutil4j:type=Process/heapTrim"));
      // Verbose=true would make the host print every GC: a write a web page could send by GET
      assertRefused("GET write", get(url + "/write/java.lang:type=Memory/Verbose/true"));

      assertEquals(0, host.finish(30));
      assertEquals(List.of(), host.stderr(), "nothing on the host's stderr");
    }
  }

  private static void assertRefused(String what, String answer) {
    assertTrue(
        answer.startsWith("HTTP 403") || answer.contains("\"status\":403"),
        what + " not refused: " + answer);
    assertTrue(!answer.contains("\"rssBefore\""), what + " ran: " + answer);
  }

  private static String post(String url, String json) throws Exception {
    return answer(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static String get(String url) throws Exception {
    return answer(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  /** {@code HTTP <code> <body>}: a refusal may come as an HTTP status or inside the JSON. */
  private static String answer(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    return "HTTP " + response.statusCode() + " " + response.body();
  }
}
