/// Module CetakData.
enum CetakDataModule {}
