package io.psutil4j.agent.it;

import java.util.logging.LogManager;

/** Stands in for an app server's own LogManager (org.jboss.logmanager.LogManager). */
public class CustomLogManager extends LogManager {
  public CustomLogManager() {
    super();
  }
}
