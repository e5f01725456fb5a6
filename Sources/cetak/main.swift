print("cetak")
