package com.businessbuilder.engine.camunda7.guard;

import static com.businessbuilder.engine.camunda7.guard.ProbeModels.PROBE_TASK;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.attribute;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.bytes;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.process;
import static com.businessbuilder.engine.camunda7.guard.ProbeModels.timerStart;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each rule of the guard, on models written to break it, without an engine. */
class ModelGuardTest {

  static final Set<String> TOPICS = Set.of("deal-send-contract");
  static final Set<String> SPRING_BEANS = Set.of("environment", "identityService", "processEngine", "dataSource",
      "pricing");
  static final String BPMN = "processes/probe.bpmn";

  final ModelGuard guard = new ModelGuard(AllowList.RELEASED, () -> TOPICS, SPRING_BEANS::contains);

  List<Refusal> deploy(String resource, String content) {
    return guard.check(Map.of(resource, bytes(content)), false, true);
  }

  List<Refusal> bpmn(String body) {
    return deploy(BPMN, process("probe", body));
  }

  List<Refusal> expression(String expression) {
    return bpmn("<bpmn:serviceTask id=\"ServiceTask_Probe\" camunda:expression=\"" + attribute(expression) + "\"/>");
  }

  static Refusal only(List<Refusal> refusals, Rule rule, String elementId) {
    assertThat(refusals).hasSize(1);
    Refusal refusal = refusals.get(0);
    assertThat(refusal.rule()).isEqualTo(rule);
    assertThat(refusal.elementId()).isEqualTo(elementId);
    assertThat(refusal.getMessage()).startsWith(refusal.resource() + ", element " + elementId + ", rule " + rule.id());
    return refusal;
  }

  @Nested
  class TheProbe {

    @ParameterizedTest(name = "{0}")
    @FieldSource("com.businessbuilder.engine.camunda7.guard.ProbeModels#PROBE_PAYLOADS")
    void eachPayloadIsRefusedNamingTheElementTheRuleAndWhatItReached(ProbeModels.Payload payload) {
      List<Refusal> refusals = guard.check(Map.of(BPMN, bytes(ProbeModels.probe("probe", payload.expression()))),
          false, true);

      assertThat(refusals).extracting(Refusal::rule).containsExactlyInAnyOrder(Rule.EXPRESSION, Rule.TIMER_START);
      Refusal expression = refusals.stream().filter(r -> r.rule() == Rule.EXPRESSION).findFirst().orElseThrow();
      assertThat(expression.elementId()).isEqualTo(PROBE_TASK);
      assertThat(expression.getMessage())
          .startsWith(BPMN + ", element " + PROBE_TASK + ", rule expression: in camunda:expression: ")
          .contains(payload.named());
    }
  }

  @Nested
  class Expressions {

    @ParameterizedTest
    @ValueSource(strings = {"${decision == 'approve'}", "${qualityOutcome == 'PASSED' || qualityOutcome == 'ACCEPTED'}",
        "${!qaPassed && attempt < maxAttempts}", "${decision == 'approve' ? null : 'STOPPED'}", "${0}", "${false}",
        "#{execution.processBusinessKey}", "${decisionResult.getSingleResult().price}",
        "${decisionResult.getFirstResult().ceoApprovalRequired}", "${lead.address['city']}", "${items[0]}",
        "${empty comment}", "Offer of ${price} EUR", "plain text"})
    void variablesLiteralsOperatorsAndTheAllowedEngineReadsPass(String expression) {
      assertThat(expression(expression)).isEmpty();
    }

    @Test
    void theEnginesObjectsAreNotVariables() {
      assertThat(only(expression("${execution.processEngine}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("reads 'processEngine' of the engine's 'execution'")
          .contains("only [execution.processBusinessKey] may be read");
      assertThat(only(expression("${task}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("uses the engine's 'task', which is not a variable");
      assertThat(only(expression("${externalTask.getWorkerId()}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("calls getWorkerId() on the engine's 'externalTask'");
      assertThat(only(expression("${authenticatedUserId}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("'authenticatedUserId'");
    }

    @Test
    void aSpringBeanThatIsNotAllowListedIsRefusedEvenWhenOnlyRead() {
      assertThat(only(expression("${dataSource.connection}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("names the application's bean 'dataSource', which is not on the allow-list");
    }

    @Test
    void methodsAreCalledOnAllowListedBeansOnly() {
      assertThat(only(expression("${comment.toUpperCase()}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("calls toUpperCase() on the variable 'comment'");
      assertThat(only(expression("${decisionResult.getSingleResult().getClass()}"), Rule.EXPRESSION, PROBE_TASK)
          .detail()).contains("calls getClass() on a value");
      assertThat(only(expression("${decisionResult.getClass()}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("calls getClass() on the variable 'decisionResult'");
    }

    @Test
    void classAndTheLikeAreNeverRead() {
      assertThat(only(expression("${comment.class.classLoader}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("reads the property 'class'");
      assertThat(only(expression("${comment['class']}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("reads the property 'class'");
    }

    @Test
    void aComputedPropertyNameCannotBeCheckedAndIsRefused() {
      assertThat(only(expression("${comment[name]}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("whose name is computed");
    }

    @Test
    void functionsAreRefused() {
      assertThat(only(expression("${S(payload).prop('x')}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("calls the function S()");
      assertThat(only(expression("${now()}"), Rule.EXPRESSION, PROBE_TASK).detail())
          .contains("calls the function now()");
    }

    @Test
    void anExpressionThatDoesNotParseIsRefused() {
      assertThat(only(expression("${decision ==}"), Rule.EXPRESSION, PROBE_TASK).detail()).contains("does not parse");
    }

    @Test
    void allowListedBeansOfferTheirListedMembersOnly() {
      AllowList allowList = new AllowList(Map.of("pricing", Set.of("quote")), Set.of("pricing"));
      ModelGuard widened = new ModelGuard(allowList, () -> TOPICS, SPRING_BEANS::contains);
      String model = process("probe", """
          <bpmn:serviceTask id="ServiceTask_Quote" camunda:expression="${pricing.quote(size)}"/>
          <bpmn:serviceTask id="ServiceTask_Delegate" camunda:delegateExpression="${pricing}"/>
          <bpmn:serviceTask id="ServiceTask_Other" camunda:expression="${pricing.reset()}"/>
          <bpmn:serviceTask id="ServiceTask_Whole" camunda:expression="${pricing}"/>
          """);

      List<Refusal> refusals = widened.check(Map.of(BPMN, bytes(model)), false, true);

      assertThat(refusals).extracting(Refusal::elementId).containsExactly("ServiceTask_Other", "ServiceTask_Whole");
      assertThat(refusals.get(0).detail()).contains("calls reset() on the bean 'pricing' (not an allow-listed member)");
      assertThat(refusals.get(1).detail()).contains("uses the bean 'pricing' whole; only its allow-listed members");
      assertThat(deploy(BPMN, model)).as("the application's own allow-list is empty").hasSize(4);
    }

    /** Wherever the engine evaluates an expression, the guard checks it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "<bpmn:sequenceFlow id=\"%s\" sourceRef=\"a\" targetRef=\"b\"><bpmn:conditionExpression xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:conditionExpression></bpmn:sequenceFlow>",
        "<bpmn:userTask id=\"%s\" camunda:candidateGroups=\"%s\"/>",
        "<bpmn:userTask id=\"%s\" camunda:assignee=\"%s\"/>",
        "<bpmn:userTask id=\"%s\" name=\"%s\"/>",
        "<bpmn:callActivity id=\"%s\" calledElement=\"%s\"/>",
        "<bpmn:callActivity id=\"%s\" calledElement=\"x\"><bpmn:extensionElements><camunda:in sourceExpression=\"%s\" target=\"y\"/></bpmn:extensionElements></bpmn:callActivity>",
        "<bpmn:task id=\"%s\"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">%s</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>",
        "<bpmn:task id=\"%s\"><bpmn:extensionElements><camunda:executionListener event=\"start\" expression=\"%s\"/></bpmn:extensionElements></bpmn:task>",
        "<bpmn:task id=\"%s\"><bpmn:multiInstanceLoopCharacteristics camunda:collection=\"%s\"/></bpmn:task>",
        "<bpmn:intermediateCatchEvent id=\"%s\"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>",
        "<bpmn:intermediateCatchEvent id=\"%s\"><bpmn:conditionalEventDefinition><bpmn:condition xsi:type=\"bpmn:tFormalExpression\">%s</bpmn:condition></bpmn:conditionalEventDefinition></bpmn:intermediateCatchEvent>",
        "<bpmn:endEvent id=\"%s\"><bpmn:errorEventDefinition errorRef=\"Error_Lost\" camunda:errorMessage=\"%s\"/></bpmn:endEvent>",
        "<bpmn:serviceTask id=\"%s\" camunda:type=\"external\" camunda:topic=\"deal-send-contract\" camunda:taskPriority=\"%s\"/>"})
    void anExpressionIsCheckedWhereverItStands(String template) {
      String element = "Element_Probe";
      String model = template.formatted(element, attribute("${environment.getProperty('BB_DB_PASSWORD')}"));

      assertThat(only(bpmn(model), Rule.EXPRESSION, element).detail()).contains("bean 'environment'");
      assertThat(bpmn(template.formatted(element, "${comment}"))).as("with a variable instead").isEmpty();
    }
  }

  @Nested
  class Scripts {

    @Test
    void aScriptTaskIsRefused() {
      List<Refusal> refusals = bpmn("""
          <bpmn:scriptTask id="ScriptTask_Run" scriptFormat="groovy"><bpmn:script>'id'.execute()</bpmn:script></bpmn:scriptTask>
          """);

      assertThat(refusals).extracting(Refusal::rule).containsOnly(Rule.NO_SCRIPTS);
      assertThat(refusals).extracting(Refusal::elementId).containsOnly("ScriptTask_Run");
      assertThat(refusals.get(0).detail()).isEqualTo("a script task runs a script in the engine");
    }

    @Test
    void aScriptInAMappingOrAListenerIsRefused() {
      assertThat(only(bpmn("""
          <bpmn:task id="Task_Mapped"><bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="x">
            <camunda:script scriptFormat="javascript">java.lang.System.getenv()</camunda:script>
          </camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements></bpmn:task>
          """), Rule.NO_SCRIPTS, "Task_Mapped").detail()).isEqualTo("a script runs in the engine");
      assertThat(only(bpmn("""
          <bpmn:task id="Task_Listened"><bpmn:extensionElements><camunda:executionListener event="start">
            <camunda:script scriptFormat="groovy" resource="deployment://evil.groovy"/>
          </camunda:executionListener></bpmn:extensionElements></bpmn:task>
          """), Rule.NO_SCRIPTS, "Task_Listened")).isNotNull();
    }

    @Test
    void aConditionInAnotherLanguageIsAScriptAndRefused() {
      assertThat(only(bpmn("""
          <bpmn:sequenceFlow id="SequenceFlow_Scripted" sourceRef="a" targetRef="b">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
          </bpmn:sequenceFlow>
          """), Rule.NO_SCRIPTS, "SequenceFlow_Scripted").detail())
          .isEqualTo("language=\"javascript\" makes this a script");
      assertThat(only(bpmn("""
          <bpmn:sequenceFlow id="SequenceFlow_FromFile" sourceRef="a" targetRef="b">
            <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" camunda:resource="classpath://x.js"/>
          </bpmn:sequenceFlow>
          """), Rule.NO_SCRIPTS, "SequenceFlow_FromFile").detail()).contains("loads a script");
    }
  }

  @Nested
  class JavaAndDelegates {

    @ParameterizedTest
    @ValueSource(strings = {
        "<bpmn:serviceTask id=\"Element_Probe\" camunda:class=\"com.example.Evil\"/>",
        "<bpmn:task id=\"Element_Probe\"><bpmn:extensionElements><camunda:executionListener event=\"start\" class=\"com.example.Evil\"/></bpmn:extensionElements></bpmn:task>",
        "<bpmn:userTask id=\"Element_Probe\" camunda:formHandlerClass=\"com.example.Evil\"/>",
        "<bpmn:callActivity id=\"Element_Probe\" calledElement=\"x\" camunda:variableMappingClass=\"com.example.Evil\"/>",
        "<bpmn:serviceTask id=\"Element_Probe\" activiti:class=\"com.example.Evil\" xmlns:activiti=\"http://activiti.org/bpmn\"/>"})
    void aJavaClassIsRefusedInAnyPlaceAndUnderTheOldNamespace(String element) {
      assertThat(only(bpmn(element), Rule.NO_JAVA_CLASSES, "Element_Probe").detail()).contains("names a Java class");
    }

    @Test
    void aListenerClassIsRefusedOnATaskListenerToo() {
      assertThat(only(bpmn("""
          <bpmn:userTask id="UserTask_Listened"><bpmn:extensionElements>
            <camunda:taskListener event="create" class="com.example.Evil"/></bpmn:extensionElements></bpmn:userTask>
          """), Rule.NO_JAVA_CLASSES, "UserTask_Listened").detail()).contains("class=\"com.example.Evil\"");
    }

    @Test
    void aDelegateExpressionMustNameAnAllowListedDelegate() {
      assertThat(only(bpmn("<bpmn:serviceTask id=\"ServiceTask_Delegate\" camunda:delegateExpression=\"${dataSource}\"/>"),
          Rule.DELEGATE_BEAN, "ServiceTask_Delegate").detail()).contains("does not name an allow-listed delegate bean");
      assertThat(only(bpmn("<bpmn:callActivity id=\"CallActivity_Mapped\" calledElement=\"x\" "
          + "camunda:variableMappingDelegateExpression=\"${mapper}\"/>"), Rule.DELEGATE_BEAN, "CallActivity_Mapped"))
          .isNotNull();
    }

    @Test
    void aCustomFormFieldValidatorIsAClassAndRefused() {
      String form = """
          <bpmn:userTask id="UserTask_Form"><bpmn:extensionElements><camunda:formData>
            <camunda:formField id="amount" type="long"><camunda:validation>
              <camunda:constraint name="%s" config="%s"/>
            </camunda:validation></camunda:formField></camunda:formData></bpmn:extensionElements></bpmn:userTask>
          """;

      assertThat(only(bpmn(form.formatted("validator", "com.example.Evil")), Rule.NO_JAVA_CLASSES, "UserTask_Form")
          .detail()).contains("the form field validator 'validator' (com.example.Evil)");
      assertThat(bpmn(form.formatted("max", "100"))).isEmpty();
      assertThat(only(bpmn(form.replace("name=\"%s\" ", "").formatted("com.example.Evil")), Rule.NO_JAVA_CLASSES,
          "UserTask_Form")).as("a constraint without a name").isNotNull();
    }

    @Test
    void aConnectorIsRefused() {
      assertThat(only(bpmn("""
          <bpmn:serviceTask id="ServiceTask_Http"><bpmn:extensionElements><camunda:connector>
            <camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>
          </bpmn:serviceTask>
          """), Rule.NO_CONNECTORS, "ServiceTask_Http")).isNotNull();
    }
  }

  @Nested
  class ExternalTasks {

    @Test
    void anExternalTaskWithAKnownTopicPasses() {
      assertThat(bpmn("<bpmn:serviceTask id=\"ServiceTask_Send\" camunda:type=\"external\" "
          + "camunda:topic=\"deal-send-contract\"/>")).isEmpty();
    }

    @Test
    void anUnknownTopicIsRefusedNamingTheKnownOnes() {
      assertThat(only(bpmn("<bpmn:sendTask id=\"SendTask_Leak\" camunda:type=\"external\" camunda:topic=\"exfiltrate\"/>"),
          Rule.KNOWN_TOPIC, "SendTask_Leak").detail())
          .isEqualTo("no task handler of the application works on the topic 'exfiltrate'; known topics: "
              + "[deal-send-contract]");
      assertThat(only(bpmn("<bpmn:serviceTask id=\"ServiceTask_Computed\" camunda:type=\"external\" "
          + "camunda:topic=\"${topic}\"/>"), Rule.KNOWN_TOPIC, "ServiceTask_Computed")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shell", "mail", "Shell"})
    void aTaskTypeOtherThanExternalIsRefused(String type) {
      assertThat(only(bpmn("<bpmn:serviceTask id=\"ServiceTask_Typed\" camunda:type=\"" + type + "\"/>"),
          Rule.TASK_TYPE, "ServiceTask_Typed").detail()).isEqualTo("camunda:type=\"" + type + "\" is not external");
    }
  }

  @Nested
  class FormKeys {

    @ParameterizedTest
    @ValueSource(strings = {"embedded:deployment:forms/countersigned-contract.html", "deployment:forms/x.htm",
        "camunda-forms:deployment:forms/lead-review.form"})
    void aFormOfTheDeploymentPasses(String formKey) {
      assertThat(bpmn("<bpmn:userTask id=\"UserTask_Form\" camunda:formKey=\"" + formKey + "\"/>")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"embedded:deployment:processes/probe.bpmn", "embedded:deployment:forms/x.form",
        "embedded:deployment:${form}.html", "${formKey}", "embedded:app:forms/x.html",
        "embedded:app:engine-rest/deployment/1/resources/2/data", "https://forms.example/x", "javascript:alert(1)"})
    void anyOtherFormKeyIsRefused(String formKey) {
      assertThat(only(bpmn("<bpmn:startEvent id=\"StartEvent_Form\" camunda:formKey=\"" + formKey + "\"/>"),
          Rule.FORM_KEY, "StartEvent_Form").detail()).isEqualTo("camunda:formKey=\"" + formKey + "\" does not name "
          + "an HTML form (.html) or a Camunda Form (.form) of this deployment by a literal name");
    }
  }

  @Nested
  class Timers {

    @Test
    void aTimerStartEventIsRefusedOutsideTheReleaseAndAllowedInIt() {
      String model = process("timed", timerStart(), "");

      assertThat(only(deploy(BPMN, model), Rule.TIMER_START, "StartEvent_EveryMinute").detail())
          .contains("only the application's release may deploy one");
      assertThat(guard.check(Map.of(BPMN, bytes(model)), true, true)).isEmpty();
    }

    @Test
    void timersInsideARunAreNotStartEventsOfAProcess() {
      assertThat(bpmn("""
          <bpmn:subProcess id="SubProcess_Late" triggeredByEvent="true">%s</bpmn:subProcess>
          <bpmn:intermediateCatchEvent id="TimerEvent_Wait"><bpmn:timerEventDefinition>
            <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${followUpWait}</bpmn:timeDuration>
          </bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
          """.formatted(timerStart()))).isEmpty();
    }
  }

  @Nested
  class Documents {

    @Test
    void aDoctypeIsRefusedAndNoEntityIsEverRead() {
      String xxe = """
          <?xml version="1.0"?>
          <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Xxe">
            <bpmn:process id="xxe"><bpmn:documentation>&secret;</bpmn:documentation></bpmn:process>
          </bpmn:definitions>
          """;

      Refusal refusal = deploy(BPMN, xxe).get(0);

      assertThat(refusal.rule()).isEqualTo(Rule.XML);
      assertThat(refusal.detail()).contains("not a well-formed model without DTD").contains("DOCTYPE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scripts/evil.js", "cases/case.cmmn", "processes/probe.xml", "diagram.svg"})
    void onlyModelsAndFormsAreDeployed(String resource) {
      assertThat(deploy(resource, "anything")).singleElement().satisfies(refusal -> {
        assertThat(refusal.rule()).isEqualTo(Rule.RESOURCE_TYPE);
        assertThat(refusal.getMessage()).isEqualTo(resource + ", rule resource-type: '" + resource
            + "' is not a .bpmn, .dmn, .form or .html model");
      });
    }

    @Test
    void everyRefusalOfEveryResourceIsReported() {
      List<Refusal> refusals = guard.check(Map.of(
          "processes/a.bpmn", bytes(process("a", "<bpmn:scriptTask id=\"ScriptTask_A\"/>")),
          "processes/b.bpmn", bytes(process("b", "<bpmn:serviceTask id=\"ServiceTask_B\" camunda:class=\"X\"/>")),
          "forms/ok.form", bytes("{\"components\": []}")), false, true);

      assertThat(refusals).extracting(Refusal::resource).containsExactly("processes/a.bpmn", "processes/b.bpmn");
      assertThat(new ModelRefusedException(refusals).getMessage())
          .startsWith("The model guard refused the deployment, nothing was deployed (docs/model-guard.md): ")
          .contains("processes/a.bpmn, element ScriptTask_A, rule no-scripts: ")
          .contains("; processes/b.bpmn, element ServiceTask_B, rule no-java-classes: ");
      assertThat(new ModelRefusedException(refusals).getResorceReports()).hasSize(2);
    }
  }

  @Nested
  class Decisions {

    static final String DMN = "dmn/probe.dmn";

    static String decision(String definitionsLanguage, String entryLanguage, String entry) {
      return """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Probe" name="Probe"
              namespace="http://camunda.org/schema/1.0/dmn" %s>
            <decision id="probe" name="Probe">
              <decisionTable id="DecisionTable_Probe">
                <input id="Input_Size"><inputExpression id="InputExpression_Size" typeRef="string"><text>size</text></inputExpression></input>
                <output id="Output_Price" name="price" typeRef="integer"/>
                <rule id="Rule_Small">
                  <inputEntry id="UnaryTests_Small" %s><text>%s</text></inputEntry>
                  <outputEntry id="LiteralExpression_Small"><text>1000</text></outputEntry>
                </rule>
              </decisionTable>
            </decision>
          </definitions>
          """.formatted(definitionsLanguage, entryLanguage, entry);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "expressionLanguage=\"feel\"", "expressionLanguage=\"FEEL\"",
        "expressionLanguage=\"https://www.omg.org/spec/DMN/20191111/FEEL/\""})
    void feelPasses(String language) {
      assertThat(deploy(DMN, decision(language, language, "\"small\""))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"juel", "javascript", "groovy", "python", "JUEL"})
    void anyOtherLanguageIsRefusedWhereverItIsSet(String language) {
      assertThat(only(deploy(DMN, decision("", "expressionLanguage=\"" + language + "\"", "${x}")),
          Rule.DMN_FEEL_ONLY, "UnaryTests_Small").detail()).isEqualTo("expressionLanguage=\"" + language
          + "\" is not FEEL");
      assertThat(only(deploy(DMN, decision("expressionLanguage=\"" + language + "\"", "", "\"small\"")),
          Rule.DMN_FEEL_ONLY, "Definitions_Probe")).isNotNull();
    }

    @Test
    void aFeelExternalFunctionIsRefused() {
      String external = "function(x) external {java: {class: \"java.lang.Runtime\", method signature: \"exec(String)\"}}";

      assertThat(only(deploy(DMN, decision("", "", external.replace("\"", "&quot;"))), Rule.DMN_FEEL_ONLY,
          "UnaryTests_Small").detail()).isEqualTo("a FEEL external function calls Java");
    }

    @Test
    void whenTheEnginesDefaultsAreNotFeelNoDecisionPasses() {
      assertThat(only(guard.check(Map.of(DMN, bytes(decision("", "", "\"small\""))), false, false),
          Rule.DMN_FEEL_ONLY, "Definitions_Probe").detail()).contains("default expression language");
    }
  }

  @Nested
  class HtmlForms {

    static final String FORM = "forms/probe.html";

    @Test
    void formFieldsPass() {
      assertThat(deploy(FORM, """
          <!-- versionTag: 1 -->
          <form role="form" name="probe"><div class="form-group"><label for="decision">Decision</label>
            <select id="decision" class="form-control" cam-variable-name="decision" cam-variable-type="String" required>
              <option value="approve">Approve</option></select>
            <input type="file" cam-variable-name="file" cam-variable-type="File" cam-max-filesize="100" accept="application/pdf">
            <textarea aria-label="Comment" cam-variable-name="comment"></textarea></div></form>
          """)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<form><script cam-script type=\"text/form-script\">camForm.on('submit', function() {})</script></form>|<script> runs code",
        "<form><SCRIPT>alert(1)</SCRIPT></form>|<script> runs code",
        "<form><button id=\"Button_Go\" onclick=\"alert(1)\">Go</button></form>|onclick=...> is an inline event handler",
        "<form><input/onfocus=alert(1)/autofocus></form>|onfocus=...> is an inline event handler",
        "<form><a href=\"java&#x09;script:alert(1)\">x</a></form>|is a javascript: URL",
        "<form><a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a></form>|is a javascript: URL",
        "<form><p>{{constructor.constructor('alert(1)')()}}</p></form>|AngularJS expression",
        "<form><input ng-init=\"x=1\"></form>|ng-init=...> is not a form attribute",
        "<form><iframe></iframe></form>|<iframe> is not a form element",
        "<form><img src=\"x\"></form>|<img> is not a form element"})
    void anythingThatRunsOrLoadsIsRefused(String caseAndReason) {
      String[] parts = caseAndReason.split("\\|");

      List<Refusal> refusals = deploy(FORM, parts[0]);

      assertThat(refusals).isNotEmpty().allSatisfy(refusal -> assertThat(refusal.rule()).isEqualTo(Rule.HTML_FORM));
      assertThat(refusals).anySatisfy(refusal -> assertThat(refusal.detail()).contains(parts[1]));
    }

    @Test
    void linksToTheApplicationPass() {
      assertThat(deploy(FORM, "<form><a id=\"link\" href=\"/documents/1\" target=\"_blank\" rel=\"noopener\" "
          + "hidden>Contract</a></form>")).isEmpty();
    }

    @Test
    void onlyTheReviewedReleaseMayUseTheFormSdksScript() {
      String form = "<form><script cam-script type=\"text/form-script\">camForm.on('form-loaded', function() {})"
          + "</script></form>";
      String plainScript = "<form><script>alert(1)</script></form>";

      assertThat(guard.check(Map.of(FORM, bytes(form)), true, true)).isEmpty();
      assertThat(guard.check(Map.of(FORM, bytes(form)), false, true)).isNotEmpty();
      assertThat(guard.check(Map.of(FORM, bytes(plainScript)), true, true))
          .anySatisfy(refusal -> assertThat(refusal.detail()).contains("<script> runs code"));
    }

    @Test
    void theRefusalNamesTheElementAndTheLine() {
      Refusal refusal = only(deploy(FORM, "<form>\n<p>ok</p>\n<button id=\"Button_Go\" onclick=\"x()\">Go</button></form>"),
          Rule.HTML_FORM, "Button_Go");

      assertThat(refusal.getLine()).isEqualTo(3);
    }
  }
}
