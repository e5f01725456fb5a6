/// Module CetakRules.
enum CetakRulesModule {}
