// Seeds Medusa with the same catalog as Aisle's first start (src/main/resources/data/sample_*.csv, turned into
// JSON by bench/peers/medusa.sh): one US region in USD, one warehouse with each product's stock, a $10 standard
// shipping option, a publishable key. Writes the key and region id to $SEED_OUT for the load scripts.
import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { readFileSync, writeFileSync } from "fs"

type Variant = { sku: string; options: Record<string, string>; price: number; stock: number }
type Product = {
  sku: string; name: string; brand: string; category: string; description: string
  options: { title: string; values: string[] }[]; variants: Variant[]
}

export default async function seed({ container }: ExecArgs) {
  const products: Product[] = JSON.parse(readFileSync(process.env.PRODUCTS_JSON!, "utf8"))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [store] = await container.resolve(Modules.STORE).listStores()

  const { result: [channel] } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench store" }] },
  })
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        supported_currencies: [{ currency_code: "usd", is_default: true }],
        default_sales_channel_id: channel.id,
      },
    },
  })
  const { result: [region] } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "United States", currency_code: "usd", countries: ["us"],
      payment_providers: ["pp_system_default"] }] },
  })
  await createTaxRegionsWorkflow(container).run({ input: [{ country_code: "us", provider_id: "tp_system" }] })

  const { result: [warehouse] } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { city: "Arlington", country_code: "US", address_1: "" } }] },
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const profiles = await fulfillment.listShippingProfiles({ type: "default" })
  const profile = profiles[0] ?? (await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default", type: "default" }] },
  })).result[0]
  const delivery = await fulfillment.createFulfillmentSets({
    name: "US delivery", type: "shipping",
    service_zones: [{ name: "US", geo_zones: [{ country_code: "us", type: "country" }] }],
  })
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: warehouse.id },
    [Modules.FULFILLMENT]: { fulfillment_set_id: delivery.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [{
      name: "Standard", price_type: "flat", provider_id: "manual_manual",
      service_zone_id: delivery.service_zones[0].id, shipping_profile_id: profile.id,
      type: { label: "Standard", description: "3-5 days", code: "standard" },
      prices: [{ currency_code: "usd", amount: 10 }, { region_id: region.id, amount: 10 }],
      rules: [
        { attribute: "enabled_in_store", value: "true", operator: "eq" },
        { attribute: "is_return", value: "false", operator: "eq" },
      ],
    }],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: warehouse.id, add: [channel.id] } })
  const { result: [key] } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Bench", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [channel.id] } })

  const categoryNames = [...new Set(products.map((p) => p.category))]
  const { result: categories } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: categoryNames.map((name) => ({ name, is_active: true })) },
  })
  const categoryId = (name: string) => categories.find((c) => c.name === name)!.id
  await createProductsWorkflow(container).run({
    input: {
      products: products.map((p) => ({
        title: p.name, description: p.description, handle: p.sku.toLowerCase(),
        status: ProductStatus.PUBLISHED, shipping_profile_id: profile.id,
        category_ids: [categoryId(p.category)], sales_channels: [{ id: channel.id }],
        options: p.options,
        variants: p.variants.map((v) => ({
          title: Object.values(v.options).join(" / "), sku: v.sku, options: v.options, manage_inventory: true,
          prices: [{ amount: v.price, currency_code: "usd" }],
        })),
      })),
    },
  })
  const stockBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.stock] as [string, number])))
  const { data: items } = await query.graph({ entity: "inventory_item", fields: ["id", "sku"] })
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: items.map((item) => ({
        location_id: warehouse.id, inventory_item_id: item.id, stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
  writeFileSync(process.env.SEED_OUT!, JSON.stringify({ publishableKey: key.token, regionId: region.id }))
}
