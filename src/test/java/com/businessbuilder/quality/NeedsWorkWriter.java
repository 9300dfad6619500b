package com.businessbuilder.quality;

import org.springframework.stereotype.Component;

/**
 * Offline writer of the test-only deliverable type {@value #TYPE}: it leaves a TODO in every version up to the
 * brief's {@value #FLAWED_VERSIONS}, so QA fails them deterministically, and writes a clean version after that or
 * as soon as the CEO gave guidance. The production checks stay as strict as they are.
 */
@Component
class NeedsWorkWriter implements OfflineWriter {

  static final String TYPE = "test-needs-work";
  static final String FLAWED_VERSIONS = "flawedVersions";
  static final String OPEN_POINT = "TODO: confirm the timeline with the client.";

  @Override
  public boolean writes(String deliverableType) {
    return TYPE.equals(deliverableType);
  }

  @Override
  public String write(Request request) {
    Object flawed = request.brief().values().get(FLAWED_VERSIONS);
    boolean guided = request.instructions() != null && request.instructions().contains("CEO guidance");
    boolean clean = guided || !(flawed instanceof Number number) || request.version() > number.intValue();
    Brief brief = request.brief();
    return "# Delivery note for " + brief.clientName() + "\n\n"
        + "This note confirms what we agreed with " + brief.clientName() + " for the first project, so that both "
        + "teams plan with the same facts.\n\n"
        + "The agreed price is " + brief.formattedPrice() + ". Work starts on "
        + Brief.formatDate(brief.dates().get("startDate")) + ".\n\n"
        + (clean ? "The timeline is confirmed." : OPEN_POINT) + "\n";
  }
}
