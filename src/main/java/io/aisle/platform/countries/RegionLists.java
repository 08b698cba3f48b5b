package io.aisle.platform.countries;

import io.aisle.platform.Countries.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The regions of the countries whose addresses need one (carriers and tax rates depend on it), by ISO 3166-1
 * country code. Codes are the ISO 3166-2 subdivision codes without the country prefix; the US list has the
 * territories and military "states" that US addresses use too.
 */
public final class RegionLists {

    private static final Map<String, List<Region>> LISTS = Map.of(
            "US", list("AL Alabama|AK Alaska|AZ Arizona|AR Arkansas|CA California|CO Colorado|CT Connecticut|"
                    + "DE Delaware|DC District of Columbia|FL Florida|GA Georgia|HI Hawaii|ID Idaho|IL Illinois|"
                    + "IN Indiana|IA Iowa|KS Kansas|KY Kentucky|LA Louisiana|ME Maine|MD Maryland|MA Massachusetts|"
                    + "MI Michigan|MN Minnesota|MS Mississippi|MO Missouri|MT Montana|NE Nebraska|NV Nevada|"
                    + "NH New Hampshire|NJ New Jersey|NM New Mexico|NY New York|NC North Carolina|ND North Dakota|"
                    + "OH Ohio|OK Oklahoma|OR Oregon|PA Pennsylvania|RI Rhode Island|SC South Carolina|"
                    + "SD South Dakota|TN Tennessee|TX Texas|UT Utah|VT Vermont|VA Virginia|WA Washington|"
                    + "WV West Virginia|WI Wisconsin|WY Wyoming|AS American Samoa|GU Guam|MP Northern Mariana Islands|"
                    + "PR Puerto Rico|VI U.S. Virgin Islands|UM U.S. Minor Outlying Islands|"
                    + "AA Armed Forces Americas|AE Armed Forces Europe|AP Armed Forces Pacific"),
            "CA", list("AB Alberta|BC British Columbia|MB Manitoba|NB New Brunswick|NL Newfoundland and Labrador|"
                    + "NS Nova Scotia|NT Northwest Territories|NU Nunavut|ON Ontario|PE Prince Edward Island|"
                    + "QC Quebec|SK Saskatchewan|YT Yukon"),
            "AU", list("ACT Australian Capital Territory|NSW New South Wales|NT Northern Territory|QLD Queensland|"
                    + "SA South Australia|TAS Tasmania|VIC Victoria|WA Western Australia"),
            "BR", list("AC Acre|AL Alagoas|AP Amapá|AM Amazonas|BA Bahia|CE Ceará|DF Distrito Federal|"
                    + "ES Espírito Santo|GO Goiás|MA Maranhão|MT Mato Grosso|MS Mato Grosso do Sul|MG Minas Gerais|"
                    + "PA Pará|PB Paraíba|PR Paraná|PE Pernambuco|PI Piauí|RJ Rio de Janeiro|RN Rio Grande do Norte|"
                    + "RS Rio Grande do Sul|RO Rondônia|RR Roraima|SC Santa Catarina|SP São Paulo|SE Sergipe|"
                    + "TO Tocantins"),
            "MX", list("AGU Aguascalientes|BCN Baja California|BCS Baja California Sur|CAM Campeche|CHP Chiapas|"
                    + "CHH Chihuahua|CMX Ciudad de México|COA Coahuila|COL Colima|DUR Durango|GUA Guanajuato|"
                    + "GRO Guerrero|HID Hidalgo|JAL Jalisco|MEX Estado de México|MIC Michoacán|MOR Morelos|"
                    + "NAY Nayarit|NLE Nuevo León|OAX Oaxaca|PUE Puebla|QUE Querétaro|ROO Quintana Roo|"
                    + "SLP San Luis Potosí|SIN Sinaloa|SON Sonora|TAB Tabasco|TAM Tamaulipas|TLA Tlaxcala|"
                    + "VER Veracruz|YUC Yucatán|ZAC Zacatecas"),
            "IN", list("AN Andaman and Nicobar Islands|AP Andhra Pradesh|AR Arunachal Pradesh|AS Assam|BR Bihar|"
                    + "CH Chandigarh|CG Chhattisgarh|DH Dadra and Nagar Haveli and Daman and Diu|DL Delhi|GA Goa|"
                    + "GJ Gujarat|HR Haryana|HP Himachal Pradesh|JK Jammu and Kashmir|JH Jharkhand|KA Karnataka|"
                    + "KL Kerala|LA Ladakh|LD Lakshadweep|MP Madhya Pradesh|MH Maharashtra|MN Manipur|ML Meghalaya|"
                    + "MZ Mizoram|NL Nagaland|OD Odisha|PY Puducherry|PB Punjab|RJ Rajasthan|SK Sikkim|"
                    + "TN Tamil Nadu|TS Telangana|TR Tripura|UP Uttar Pradesh|UK Uttarakhand|WB West Bengal"));

    private RegionLists() {
    }

    /** The country's regions by name; empty when its addresses need none. */
    public static List<Region> of(String country) {
        return LISTS.getOrDefault(country, List.of());
    }

    /** "CODE Name|CODE Name|..." as regions sorted by name. */
    private static List<Region> list(String entries) {
        List<Region> regions = new ArrayList<>();
        for (String entry : entries.split("\\|")) {
            int space = entry.indexOf(' ');
            regions.add(new Region(entry.substring(0, space), entry.substring(space + 1)));
        }
        regions.sort(Comparator.comparing(Region::name));
        return List.copyOf(regions);
    }
}
