package com.businessbuilder.dashboard;

import com.businessbuilder.system.security.BusinessGroups;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, by role: the CEO's command center (gates waiting, funnel, money, agent spend, quality, incidents),
 * the operators' view (incidents, worker, stuck runs), links for everyone else. {@code /home/live} answers the
 * same content without the page around it, for the page to refresh itself.
 */
@Controller
class HomeController {

  static final String HOME_VIEW = "dashboard/home";
  static final String LIVE_FRAGMENT = HOME_VIEW + " :: live";
  private static final int CEO_INCIDENTS = 5;

  private final CommandCenter center;
  private final Operations operations;
  private final Charts charts;
  private final DashboardProperties properties;

  HomeController(CommandCenter center, Operations operations, Charts charts, DashboardProperties properties) {
    this.center = center;
    this.operations = operations;
    this.charts = charts;
    this.properties = properties;
  }

  @GetMapping("/")
  String home(Authentication user, Model model) {
    fill(user, model);
    // the key of the "Start an initiative" form: sent twice, it starts one initiative
    model.addAttribute("formKey", java.util.UUID.randomUUID().toString());
    return HOME_VIEW;
  }

  @GetMapping("/home/live")
  String live(Authentication user, Model model) {
    fill(user, model);
    return LIVE_FRAGMENT;
  }

  private void fill(Authentication user, Model model) {
    Viewer viewer = Viewer.of(user);
    model.addAttribute("viewer", viewer);
    model.addAttribute("refreshMillis", properties.refreshEvery().toMillis());
    if (viewer.ceo()) {
      model.addAttribute("gates", center.gates());
      List<CommandCenter.PipelineFunnel> funnel = center.funnel();
      model.addAttribute("funnel", funnel);
      Map<String, String> funnelCharts = new LinkedHashMap<>();
      funnel.forEach(pipeline -> pipeline.sections()
          .forEach(section -> funnelCharts.put(section.id(), charts.bars(section.counts()))));
      model.addAttribute("funnelCharts", funnelCharts);
      model.addAttribute("money", center.money());
      CommandCenter.Spend spend = center.spend();
      model.addAttribute("spend", spend);
      model.addAttribute("spendChart", charts.columns(
          spend.days().stream().map(day -> day.day().toString().substring(5)).toList(),
          spend.days().stream().map(CommandCenter.DaySpend::cost).map(BigDecimal::doubleValue).toList(),
          spend.currency()));
      CommandCenter.Quality quality = center.quality();
      model.addAttribute("quality", quality);
      model.addAttribute("qualityChart", charts.columns(List.copyOf(quality.scores().keySet()),
          List.copyOf(quality.scores().values()), "versions"));
      model.addAttribute("ceoIncidents", center.incidents(CEO_INCIDENTS));
    }
    if (viewer.operator()) {
      model.addAttribute("incidents", center.incidents(properties.listed()));
      model.addAttribute("worker", operations.worker());
      model.addAttribute("stuck", operations.stuck());
    }
  }

  /** Who looks at the page, as far as the page cares. */
  record Viewer(String name, boolean ceo, boolean operator, boolean processOwner, boolean identityAdmin) {

    static Viewer of(Authentication user) {
      var roles = AuthorityUtils.authorityListToSet(user.getAuthorities());
      return new Viewer(user.getName(), roles.contains(BusinessGroups.role(BusinessGroups.CEO)),
          roles.contains(BusinessGroups.role(BusinessGroups.OPERATORS)),
          roles.contains(BusinessGroups.role(BusinessGroups.PROCESS_OWNERS)),
          roles.contains(BusinessGroups.role(BusinessGroups.IDENTITY_ADMINS)));
    }

    public boolean seesRecords() {
      return ceo || operator;
    }
  }
}
