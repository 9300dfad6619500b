package com.businessbuilder.governance;

import com.businessbuilder.approval.PipelineTitles;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A tension's gates (its proposal, its agent budget) are titled with the role it is about: "tension on sales". */
@Component
class TensionTitles implements PipelineTitles {

  private final TensionRepository tensions;

  TensionTitles(TensionRepository tensions) {
    this.tensions = tensions;
  }

  @Override
  public Optional<String> title(String correlationKey) {
    return tensions.find(correlationKey).map(tension -> "tension on " + tension.roleId());
  }
}
