#!/usr/bin/env python3
"""Aisle's seed catalog (src/main/resources/data/sample_products.csv and sample_variants.csv) as the JSON the
Medusa seed script reads: each product with its options and variants (a product without options is one variant
named after the product), prices in dollars, the CSV's stock plus EXTRA_STOCK units (the same extra the Aisle side
gets, so that checkouts never run out). Usage: catalog-json.py DATA_DIR EXTRA_STOCK > products.json"""
import csv, json, sys

data, extra = sys.argv[1], int(sys.argv[2])
variants = {}
with open(f"{data}/sample_variants.csv", newline="") as f:
    for row in csv.DictReader(f):
        variants.setdefault(row["product_sku"], []).append(row)
products = []
with open(f"{data}/sample_products.csv", newline="") as f:
    for row in csv.DictReader(f):
        own = variants.get(row["sku"])
        if own:
            names = own[0]["option_names"].split("|")
            options = [{"title": n, "values": []} for n in names]
            out = []
            for v in own:
                values = v["option_values"].split("|")
                for option, value in zip(options, values):
                    if value not in option["values"]:
                        option["values"].append(value)
                out.append({"sku": row["sku"] + "-" + "-".join(values), "options": dict(zip(names, values)),
                            "price": float(v["price"]), "stock": int(v["stock"]) + extra})
        else:
            options = [{"title": "Title", "values": [row["name"]]}]
            out = [{"sku": row["sku"], "options": {"Title": row["name"]}, "price": float(row["price"]),
                    "stock": int(row["stock"]) + extra}]
        products.append({"sku": row["sku"], "name": row["name"], "brand": row["brand"], "category": row["category"],
                         "description": row["description"], "options": options, "variants": out})
json.dump(products, sys.stdout)
