package dev.crosscheck.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

class ScratchBrowserScaleTest {
  @Test
  void measure() throws Exception {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    Path profile = Files.createTempDirectory(Path.of("target"), "prof");
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,2000");
    ChromeDriver b = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
    try {
      long t0 = System.nanoTime();
      b.get(Path.of("target/scale/report.html").toAbsolutePath().toUri().toString());
      long t1 = System.nanoTime();
      Object nav = ((JavascriptExecutor) b).executeScript("var n = performance.getEntriesByType('navigation')[0]; return [n.domContentLoadedEventEnd, n.loadEventEnd];");
      System.out.println("get " + (t1 - t0) / 1000000 + " ms; dcl/load " + nav);
      long t2 = System.nanoTime();
      new Select(b.findElement(By.id("filter-source"))).selectByIndex(3);
      Object shown = ((JavascriptExecutor) b).executeScript("return document.querySelector('#conflicts .shown').textContent");
      long t3 = System.nanoTime();
      System.out.println("filter " + (t3 - t2) / 1000000 + " ms: " + shown);
      long t4 = System.nanoTime();
      b.findElement(By.id("filter-text")).sendKeys("topic 42");
      Object shown2 = ((JavascriptExecutor) b).executeScript("return document.querySelector('#agreements .shown').textContent");
      System.out.println("search " + (System.nanoTime() - t4) / 1000000 + " ms: " + shown2);
      Files.write(Path.of("target/scale/top.png"), b.getScreenshotAs(OutputType.BYTES));
    } finally {
      b.quit();
    }
  }
}
