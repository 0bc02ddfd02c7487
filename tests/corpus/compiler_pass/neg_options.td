// Command-line options for the kscout-lint driver.
include "llvm/Option/OptParser.td"

def grp_output : OptionGroup<"output">, HelpText<"Output control">;
def grp_rules : OptionGroup<"rules">, HelpText<"Rule selection">;

def format_EQ : Joined<["--"], "format=">, Group<grp_output>,
  HelpText<"Report format: text, json or sarif">, MetaVarName<"<fmt>">;
def quiet : Flag<["-", "--"], "quiet">, Group<grp_output>,
  HelpText<"Only print findings, no summary">;
def enable_EQ : CommaJoined<["--"], "enable=">, Group<grp_rules>,
  HelpText<"Comma-separated list of rules to enable">;
def disable_EQ : CommaJoined<["--"], "disable=">, Group<grp_rules>,
  HelpText<"Comma-separated list of rules to disable">;
def help : Flag<["-", "--"], "help">, HelpText<"Show this help">;
