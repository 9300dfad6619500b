package com.businessbuilder.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.businessbuilder.testing.ProcessDriver;
import com.businessbuilder.testing.SampleCompany;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * The command center in a real browser (Debian's {@code chromium} and {@code chromium-driver}, headless; {@code
 * .ci/run} installs them): the CEO signs in on the form, sees the gate waiting for them, opens a deal's page, and
 * the deal's run is drawn by bpmn-js with the step it waits at highlighted, with no error in the browser's console
 * (a script, a refused asset or a content-security-policy violation would be one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommandCenterInBrowserTest {

  static final String CHROMIUM = System.getProperty("bb.chromium", "/usr/bin/chromium");
  static final String CHROMEDRIVER = System.getProperty("bb.chromedriver", "/usr/bin/chromedriver");

  @LocalServerPort int port;
  @Autowired ObjectMapper json;
  @Autowired ProcessDriver driver;
  @Autowired TaskService tasks;

  ChromeDriver browser;
  Path profile;

  @BeforeEach
  void browser() throws IOException {
    assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium (apt-get install chromium chromium-driver)").isTrue();
    assertThat(new File(CHROMEDRIVER).canExecute()).as("Debian's chromium-driver (apt-get install chromium-driver)").isTrue();
    profile = Files.createTempDirectory("bb-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the driver named, so Selenium Manager never looks for (or downloads) one
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort().build(), options);
  }

  @AfterEach
  void close() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    FileSystemUtils.deleteRecursively(profile);
  }

  @Test
  void theCeoSeesTheGatesOpensADealAndSeesWhereItsRunStands() throws Exception {
    SampleCompany company = new SampleCompany(port, json, driver);
    String leadName = "Browsed " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started lead = company.lead(leadName, true);
    Task gate = tasks.createTaskQuery().processInstanceBusinessKey(lead.id()).singleResult();
    String dealName = "Browsed deal " + UUID.randomUUID().toString().substring(0, 8);
    SampleCompany.Started deal = company.deal(dealName);
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

    browser.get(url("/"));
    wait.until(ExpectedConditions.urlContains("/login"));
    browser.findElement(By.id("username")).sendKeys("ceo");
    browser.findElement(By.id("password")).sendKeys("ceo");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();

    WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#gates tr.gate[data-gate='" + gate.getId() + "']")));
    assertThat(row.getText()).contains("Approve pursuing lead: " + leadName, "Client discovery");
    assertThat(row.findElement(By.linkText("Open in Tasklist")).getAttribute("href"))
        .endsWith("/camunda/app/tasklist/default/#/?task=" + gate.getId());
    assertThat(Long.parseLong(browser.findElement(By.cssSelector("#gates h2 .count")).getText()))
        .isEqualTo(tasks.createTaskQuery().taskCandidateGroup("ceo").count());
    wait.until(driver -> !driver.findElements(By.cssSelector("#funnel .chart canvas, #funnel .chart svg")).isEmpty());

    browser.get(url("/pipelines/deals/" + deal.id()));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(dealName);
    WebElement diagram = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("#diagram[data-state='rendered']")));
    List<String> active = Arrays.stream(diagram.getAttribute("data-active").split(" "))
        .filter(id -> !id.isBlank()).toList();
    assertThat(active).as("the run waits somewhere").isNotEmpty();
    for (String id : active) {
      WebElement shape = diagram.findElement(By.cssSelector(".djs-element[data-element-id='" + id + "']"));
      assertThat(shape.getAttribute("class")).as(id).contains("bb-active");
      assertThat(shape.isDisplayed()).as(id).isTrue();
    }
    assertThat(diagram.findElements(By.cssSelector(".djs-element.bb-completed"))).as("steps done before")
        .isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".bjs-powered-by"))).as("bpmn-js' watermark kept").isNotNull();

    List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    assertThat(errors).as("the console's errors").isEmpty();
  }

  private String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }
}
