<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Rendering" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <renderer-v2 attr="regexp_substr(&quot;crafts&quot;, '[^{}&quot;,]+')" enableorderby="1" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category label="Pottery" render="true" symbol="0" value="pottery" />
      <category label="Carpentry and wood carving" render="true" symbol="1" value="carpentry_woodcarving" />
      <category label="Lanterns" render="true" symbol="2" value="lantern" />
      <category label="Tailoring" render="true" symbol="3" value="tailoring" />
      <category label="Leather goods" render="true" symbol="4" value="leather" />
      <category label="Bamboo and coconut" render="true" symbol="5" value="bamboo_coconut" />
      <category label="Silk and embroidery" render="true" symbol="6" value="silk_embroidery" />
      <category label="Lion-dance heads" render="true" symbol="7" value="lion_head" />
      <category label="Vegetable farming" render="true" symbol="8" value="vegetable_farming" />
      <category label="Bird's nests" render="true" symbol="9" value="birds_nest" />
      <category label="Mural painting" render="true" symbol="10" value="mural_painting" />
      <category label="Folk performance" render="true" symbol="11" value="folk_performance" />
      <category label="Other" render="true" symbol="12" value="other" />
      <category label="Not set or other" render="true" symbol="13" value="" />
    </categories>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="160,64,0,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="128,51,0,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="160,64,0,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="128,51,0,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@0@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="160,64,0,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="160,64,0,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik05IDIuNWg2djEuNWMwIDEuMy0xIDEuOC0xIDIuOCAwIDEuNSA0LjUgMy4yIDQuNSA4IDAgMy4zLTIuNCA1LjctNi41IDUuN3MtNi41LTIuNC02LjUtNS43YzAtNC44IDQuNS02LjUgNC41LTggMC0xLTEtMS41LTEtMi44eiIvPjwvZz48L3N2Zz4K" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik05IDIuNWg2djEuNWMwIDEuMy0xIDEuOC0xIDIuOCAwIDEuNSA0LjUgMy4yIDQuNSA4IDAgMy4zLTIuNCA1LjctNi41IDUuN3MtNi41LTIuNC02LjUtNS43YzAtNC44IDQuNS02LjUgNC41LTggMC0xLTEtMS41LTEtMi44eiIvPjwvZz48L3N2Zz4K" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="141,85,36,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="113,68,29,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="141,85,36,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="113,68,29,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@1@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="141,85,36,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="141,85,36,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyB0cmFuc2Zvcm09InJvdGF0ZSgtMzAgMTIgMTIpIj48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cmVjdCB4PSIxLjUiIHk9IjgiIHdpZHRoPSI1IiBoZWlnaHQ9IjcuNSIgcng9IjEuOCIvPjwvZz48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik03IDguNWgxNXYzLjNsLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zTDcgMTQuNXoiLz48L2c+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyB0cmFuc2Zvcm09InJvdGF0ZSgtMzAgMTIgMTIpIj48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cmVjdCB4PSIxLjUiIHk9IjgiIHdpZHRoPSI1IiBoZWlnaHQ9IjcuNSIgcng9IjEuOCIvPjwvZz48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik03IDguNWgxNXYzLjNsLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zLTEtMS4zLTEgMS4zTDcgMTQuNXoiLz48L2c+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="10" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="31,111,209,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="25,89,167,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="31,111,209,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="25,89,167,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@10@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="31,111,209,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="31,111,209,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xOS41IDJsMi41IDIuNS05LjMgMTAuMi0zLjQtMy40eiIvPjxwYXRoIGQ9Ik04LjQgMTIuMmwzLjQgMy40Yy0uMSAzLjktMy40IDYuNC05LjMgNi40IDEuNi0xLjYgMS42LTMuNyAyLjItNS41LjYtMi4yIDItNCAzLjctNC4zeiIvPjwvZz48L3N2Zz4K" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xOS41IDJsMi41IDIuNS05LjMgMTAuMi0zLjQtMy40eiIvPjxwYXRoIGQ9Ik04LjQgMTIuMmwzLjQgMy40Yy0uMSAzLjktMy40IDYuNC05LjMgNi40IDEuNi0xLjYgMS42LTMuNyAyLjItNS41LjYtMi4yIDItNCAzLjctNC4zeiIvPjwvZz48L3N2Zz4K" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="11" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="63,61,143,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="50,49,114,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="63,61,143,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="50,49,114,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@11@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="63,61,143,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="63,61,143,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik00IDkuNXY3YzAgMi4yIDMuNiA0IDggNHM4LTEuOCA4LTR2LTdjMCAyLjItMy42IDQtOCA0cy04LTEuOC04LTR6Ii8+PC9nPjxnIGZpbGw9Im5vbmUiIHN0cm9rZT0icGFyYW0ob3V0bGluZSkgI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPjxlbGxpcHNlIGN4PSIxMiIgY3k9IjkiIHJ4PSI4IiByeT0iMy4yIi8+PHBhdGggZD0iTTE0LjUgNy41TDIwLjUgMS41TTkuNSA3LjVMMy41IDEuNSIvPjwvZz48L3N2Zz4K" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik00IDkuNXY3YzAgMi4yIDMuNiA0IDggNHM4LTEuOCA4LTR2LTdjMCAyLjItMy42IDQtOCA0cy04LTEuOC04LTR6Ii8+PC9nPjxnIGZpbGw9Im5vbmUiIHN0cm9rZT0icGFyYW0ob3V0bGluZSkgI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPjxlbGxpcHNlIGN4PSIxMiIgY3k9IjkiIHJ4PSI4IiByeT0iMy4yIi8+PHBhdGggZD0iTTE0LjUgNy41TDIwLjUgMS41TTkuNSA3LjVMMy41IDEuNSIvPjwvZz48L3N2Zz4K" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="12" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="109,116,120,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="87,93,96,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="109,116,120,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="87,93,96,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@12@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="109,116,120,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="109,116,120,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjUiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTIiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTkiIGN5PSIxMiIgcj0iMi42Ii8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjUiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTIiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTkiIGN5PSIxMiIgcj0iMi42Ii8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="13" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="163,169,174,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="130,135,139,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="163,169,174,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="130,135,139,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@13@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="163,169,174,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="163,169,174,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjUiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTIiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTkiIGN5PSIxMiIgcj0iMi42Ii8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjUiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTIiIGN5PSIxMiIgcj0iMi42Ii8+PGNpcmNsZSBjeD0iMTkiIGN5PSIxMiIgcj0iMi42Ii8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="192,57,43,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="154,46,34,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="192,57,43,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="154,46,34,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@2@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="192,57,43,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="192,57,43,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxyZWN0IHg9IjguNSIgeT0iMyIgd2lkdGg9IjciIGhlaWdodD0iMi4yIiByeD0iMC44Ii8+PHJlY3QgeD0iOC41IiB5PSIxOC44IiB3aWR0aD0iNyIgaGVpZ2h0PSIyLjIiIHJ4PSIwLjgiLz48L2c+PGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSJwYXJhbShvdXRsaW5lKSAjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCI+PGVsbGlwc2UgY3g9IjEyIiBjeT0iMTIiIHJ4PSI2LjUiIHJ5PSI2LjgiLz48ZWxsaXBzZSBjeD0iMTIiIGN5PSIxMiIgcng9IjIuNCIgcnk9IjYuOCIvPjxwYXRoIGQ9Ik0xMiAxdjJNMTIgMjF2MiIvPjwvZz48L3N2Zz4K" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxyZWN0IHg9IjguNSIgeT0iMyIgd2lkdGg9IjciIGhlaWdodD0iMi4yIiByeD0iMC44Ii8+PHJlY3QgeD0iOC41IiB5PSIxOC44IiB3aWR0aD0iNyIgaGVpZ2h0PSIyLjIiIHJ4PSIwLjgiLz48L2c+PGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSJwYXJhbShvdXRsaW5lKSAjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCI+PGVsbGlwc2UgY3g9IjEyIiBjeT0iMTIiIHJ4PSI2LjUiIHJ5PSI2LjgiLz48ZWxsaXBzZSBjeD0iMTIiIGN5PSIxMiIgcng9IjIuNCIgcnk9IjYuOCIvPjxwYXRoIGQ9Ik0xMiAxdjJNMTIgMjF2MiIvPjwvZz48L3N2Zz4K" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="142,68,173,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="114,54,138,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="142,68,173,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="114,54,138,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@3@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="142,68,173,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="142,68,173,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik04LjUgMi41TDIuNSA2bDIuMiA0LjggMi44LTEuMlYyMS41aDlWOS42bDIuOCAxLjJMMjEuNSA2bC02LTMuNWMtLjYgMS42LTIgMi42LTMuNSAyLjZzLTIuOS0xLTMuNS0yLjZ6Ii8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik04LjUgMi41TDIuNSA2bDIuMiA0LjggMi44LTEuMlYyMS41aDlWOS42bDIuOCAxLjJMMjEuNSA2bC02LTMuNWMtLjYgMS42LTIgMi42LTMuNSAyLjZzLTIuOS0xLTMuNS0yLjZ6Ii8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="154,125,10,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="123,100,8,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="154,125,10,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="123,100,8,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@4@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="154,125,10,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="154,125,10,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBmaWxsLXJ1bGU9ImV2ZW5vZGQiIHN0cm9rZT0ibm9uZSI+PHBhdGggZD0iTTQgOS41aDE2bC0xLjEgOWEyLjUgMi41IDAgMCAxLTIuNSAyLjJINy42YTIuNSAyLjUgMCAwIDEtMi41LTIuMnpNMTAuOCAxMmgyLjR2Mi40aC0yLjR6Ii8+PC9nPjxnIGZpbGw9Im5vbmUiIHN0cm9rZT0icGFyYW0ob3V0bGluZSkgI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPjxwYXRoIGQ9Ik03IDkuNWMwLTQgMi02LjUgNS02LjVzNSAyLjUgNSA2LjUiLz48L2c+PC9zdmc+Cg==" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBmaWxsLXJ1bGU9ImV2ZW5vZGQiIHN0cm9rZT0ibm9uZSI+PHBhdGggZD0iTTQgOS41aDE2bC0xLjEgOWEyLjUgMi41IDAgMCAxLTIuNSAyLjJINy42YTIuNSAyLjUgMCAwIDEtMi41LTIuMnpNMTAuOCAxMmgyLjR2Mi40aC0yLjR6Ii8+PC9nPjxnIGZpbGw9Im5vbmUiIHN0cm9rZT0icGFyYW0ob3V0bGluZSkgI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPjxwYXRoIGQ9Ik03IDkuNWMwLTQgMi02LjUgNS02LjVzNSAyLjUgNSA2LjUiLz48L2c+PC9zdmc+Cg==" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="77,124,15,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="62,99,12,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="77,124,15,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="62,99,12,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@5@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="77,124,15,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="77,124,15,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cGF0aCBkPSJNMi41IDEwaDE5YzAgNi00IDEwLTkuNSAxMFMyLjUgMTYgMi41IDEweiIvPjxwYXRoIGQ9Ik03LjUgMTAuNWMuMyAzLjYgMS4yIDYuOCAyLjYgOU0xMiAxMHYxME0xNi41IDEwLjVjLS4zIDMuNi0xLjIgNi44LTIuNiA5TTMuNiAxNC41aDE2LjgiLz48cGF0aCBkPSJNMTcgMy41TDEzIDEwIi8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cGF0aCBkPSJNMi41IDEwaDE5YzAgNi00IDEwLTkuNSAxMFMyLjUgMTYgMi41IDEweiIvPjxwYXRoIGQ9Ik03LjUgMTAuNWMuMyAzLjYgMS4yIDYuOCAyLjYgOU0xMiAxMHYxME0xNi41IDEwLjVjLS4zIDMuNi0xLjIgNi44LTIuNiA5TTMuNiAxNC41aDE2LjgiLz48cGF0aCBkPSJNMTcgMy41TDEzIDEwIi8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="194,24,91,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="155,19,73,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="194,24,91,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="155,19,73,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@6@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="194,24,91,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="194,24,91,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48Y2lyY2xlIGN4PSIxMiIgY3k9IjEyLjUiIHI9IjguOCIvPjxwYXRoIGQ9Ik0xMiAxLjV2Mi4yIi8+PC9nPjxnIGZpbGw9InBhcmFtKGZpbGwpICNmZmZmZmYiIHN0cm9rZT0ibm9uZSI+PGNpcmNsZSBjeD0iMTIiIGN5PSI5LjMiIHI9IjIuMyIvPjxjaXJjbGUgY3g9IjguOCIgY3k9IjEyLjUiIHI9IjIuMyIvPjxjaXJjbGUgY3g9IjE1LjIiIGN5PSIxMi41IiByPSIyLjMiLz48Y2lyY2xlIGN4PSIxMiIgY3k9IjE1LjciIHI9IjIuMyIvPjwvZz48L3N2Zz4K" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48Y2lyY2xlIGN4PSIxMiIgY3k9IjEyLjUiIHI9IjguOCIvPjxwYXRoIGQ9Ik0xMiAxLjV2Mi4yIi8+PC9nPjxnIGZpbGw9InBhcmFtKGZpbGwpICNmZmZmZmYiIHN0cm9rZT0ibm9uZSI+PGNpcmNsZSBjeD0iMTIiIGN5PSI5LjMiIHI9IjIuMyIvPjxjaXJjbGUgY3g9IjguOCIgY3k9IjEyLjUiIHI9IjIuMyIvPjxjaXJjbGUgY3g9IjE1LjIiIGN5PSIxMi41IiByPSIyLjMiLz48Y2lyY2xlIGN4PSIxMiIgY3k9IjE1LjciIHI9IjIuMyIvPjwvZz48L3N2Zz4K" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="230,126,34,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="184,101,27,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="230,126,34,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="184,101,27,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@7@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="230,126,34,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="230,126,34,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBmaWxsLXJ1bGU9ImV2ZW5vZGQiIHN0cm9rZT0ibm9uZSI+PHBhdGggZD0iTTQgOS41YzAtNC4yIDMuNS02LjUgOC02LjVzOCAyLjMgOCA2LjVWMTRjMCA0LjItMy41IDcuNS04IDcuNVM0IDE4LjIgNCAxNHpNNi44IDEwLjJhMi4yIDIuMiAwIDEgMCA0LjQgMCAyLjIgMi4yIDAgMSAwLTQuNCAwek0xMi44IDEwLjJhMi4yIDIuMiAwIDEgMCA0LjQgMCAyLjIgMi4yIDAgMSAwLTQuNCAwek04IDE1LjJoOGwtMS42IDIuNkg5LjZ6Ii8+PHBhdGggZD0iTTEwLjYgLjhoMi44bC42IDMuMmgtNHoiLz48L2c+PGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSJwYXJhbShvdXRsaW5lKSAjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCI+PHBhdGggZD0iTTQgOC41TDEuNSA2LjVNMjAgOC41bDIuNS0yIi8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBmaWxsLXJ1bGU9ImV2ZW5vZGQiIHN0cm9rZT0ibm9uZSI+PHBhdGggZD0iTTQgOS41YzAtNC4yIDMuNS02LjUgOC02LjVzOCAyLjMgOCA2LjVWMTRjMCA0LjItMy41IDcuNS04IDcuNVM0IDE4LjIgNCAxNHpNNi44IDEwLjJhMi4yIDIuMiAwIDEgMCA0LjQgMCAyLjIgMi4yIDAgMSAwLTQuNCAwek0xMi44IDEwLjJhMi4yIDIuMiAwIDEgMCA0LjQgMCAyLjIgMi4yIDAgMSAwLTQuNCAwek04IDE1LjJoOGwtMS42IDIuNkg5LjZ6Ii8+PHBhdGggZD0iTTEwLjYgLjhoMi44bC42IDMuMmgtNHoiLz48L2c+PGcgZmlsbD0ibm9uZSIgc3Ryb2tlPSJwYXJhbShvdXRsaW5lKSAjZmZmZmZmIiBzdHJva2Utd2lkdGg9IjIiIHN0cm9rZS1saW5lY2FwPSJyb3VuZCIgc3Ryb2tlLWxpbmVqb2luPSJyb3VuZCI+PHBhdGggZD0iTTQgOC41TDEuNSA2LjVNMjAgOC41bDIuNS0yIi8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="8" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="46,139,87,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="37,111,70,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="46,139,87,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="37,111,70,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@8@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="46,139,87,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="46,139,87,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xMS41IDEyLjVDMTEuNSA3IDguNSA0IDMgNGMwIDUuNSAzIDguNSA4LjUgOC41eiIvPjxwYXRoIGQ9Ik0xMi41IDE0LjVjMC00LjUgMi43LTcuNSA4LjUtNy41IDAgNS0zIDcuNS04LjUgNy41eiIvPjwvZz48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cGF0aCBkPSJNMTIgMjF2LTlNNi41IDIxaDExIi8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xMS41IDEyLjVDMTEuNSA3IDguNSA0IDMgNGMwIDUuNSAzIDguNSA4LjUgOC41eiIvPjxwYXRoIGQ9Ik0xMi41IDE0LjVjMC00LjUgMi43LTcuNSA4LjUtNy41IDAgNS0zIDcuNS04LjUgNy41eiIvPjwvZz48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cGF0aCBkPSJNMTIgMjF2LTlNNi41IDIxaDExIi8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="9" type="fill">
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </data_defined_properties>
        <layer class="SimpleFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="color" type="QString" value="93,109,126,102" />
            <Option name="joinstyle" type="QString" value="round" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="74,87,101,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.6" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="style" type="QString" value="solid" />
          </Option>
          <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="color" v="93,109,126,102" />
          <prop k="joinstyle" v="round" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="74,87,101,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.6" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="style" v="solid" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
        </layer>
        <layer class="CentroidFill" enabled="1" locked="0" pass="0">
          <Option type="Map">
            <Option name="clip_on_current_part_only" type="QString" value="0" />
            <Option name="clip_points" type="QString" value="0" />
            <Option name="point_on_all_parts" type="QString" value="1" />
            <Option name="point_on_surface" type="QString" value="1" />
          </Option>
          <prop k="clip_on_current_part_only" v="0" />
          <prop k="clip_points" v="0" />
          <prop k="point_on_all_parts" v="1" />
          <prop k="point_on_surface" v="1" />
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" type="QString" value="" />
              <Option name="properties" />
              <Option name="type" type="QString" value="collection" />
            </Option>
          </data_defined_properties>
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="@9@1" type="marker">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="cap_style" type="QString" value="square" />
                <Option name="color" type="QString" value="93,109,126,255" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="name" type="QString" value="circle" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_style" type="QString" value="solid" />
                <Option name="outline_width" type="QString" value="0.35" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="6" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="cap_style" v="square" />
              <prop k="color" v="93,109,126,255" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="joinstyle" v="bevel" />
              <prop k="name" v="circle" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_style" v="solid" />
              <prop k="outline_width" v="0.35" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="6" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
            <layer class="SvgMarker" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="angle" type="QString" value="0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="fixedAspectRatio" type="QString" value="0" />
                <Option name="horizontal_anchor_point" type="QString" value="1" />
                <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xLjUgNi41YzMuOC4zIDYuNiAyIDguNiA0LjYuNi0zIDIuOC01IDUuNi01IDEuNiAwIDIuOC42IDMuNyAxLjZsMy42LjYtMy4yIDEuNmMtLjkgNC4yLTQuNiA3LjItOS42IDcuNkw1IDIxLjVsMS42LTUuMkMzLjYgMTQgMiAxMC42IDEuNSA2LjV6Ii8+PC9nPjwvc3ZnPgo=" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="255,255,255,255" />
                <Option name="outline_width" type="QString" value="0.2" />
                <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="parameters" />
                <Option name="scale_method" type="QString" value="diameter" />
                <Option name="size" type="QString" value="3.96" />
                <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="size_unit" type="QString" value="MM" />
                <Option name="vertical_anchor_point" type="QString" value="1" />
              </Option>
              <prop k="angle" v="0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="fixedAspectRatio" v="0" />
              <prop k="horizontal_anchor_point" v="1" />
              <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xLjUgNi41YzMuOC4zIDYuNiAyIDguNiA0LjYuNi0zIDIuOC01IDUuNi01IDEuNiAwIDIuOC42IDMuNyAxLjZsMy42LjYtMy4yIDEuNmMtLjkgNC4yLTQuNiA3LjItOS42IDcuNkw1IDIxLjVsMS42LTUuMkMzLjYgMTQgMiAxMC42IDEuNSA2LjV6Ii8+PC9nPjwvc3ZnPgo=" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="255,255,255,255" />
              <prop k="outline_width" v="0.2" />
              <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="parameters" v="" />
              <prop k="scale_method" v="diameter" />
              <prop k="size" v="3.96" />
              <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="size_unit" v="MM" />
              <prop k="vertical_anchor_point" v="1" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </layer>
      </symbol>
    </symbols>
    <rotation />
    <sizescale />
    <orderby>
      <orderByClause asc="0" nullsFirst="1">$area</orderByClause>
    </orderby>
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="name" fontFamily="DejaVu Sans" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8.5" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="75" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="74,44,18,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
        <families />
        <text-buffer bufferBlendMode="0" bufferColor="255,255,255,255" bufferDraw="1" bufferJoinStyle="128" bufferNoFill="1" bufferOpacity="0.84999999999999998" bufferSize="0.80000000000000004" bufferSizeMapUnitScale="3x:0,0,0,0,0,0" bufferSizeUnits="MM" />
        <text-mask maskEnabled="0" maskJoinStyle="128" maskOpacity="1" maskSize="1.5" maskSizeMapUnitScale="3x:0,0,0,0,0,0" maskSizeUnits="MM" maskType="0" maskedSymbolLayers="" />
        <background shapeBlendMode="0" shapeBorderColor="128,128,128,255" shapeBorderWidth="0" shapeBorderWidthMapUnitScale="3x:0,0,0,0,0,0" shapeBorderWidthUnit="MM" shapeDraw="0" shapeFillColor="255,255,255,255" shapeJoinStyle="64" shapeOffsetMapUnitScale="3x:0,0,0,0,0,0" shapeOffsetUnit="MM" shapeOffsetX="0" shapeOffsetY="0" shapeOpacity="1" shapeRadiiMapUnitScale="3x:0,0,0,0,0,0" shapeRadiiUnit="MM" shapeRadiiX="0" shapeRadiiY="0" shapeRotation="0" shapeRotationType="0" shapeSVGFile="" shapeSizeMapUnitScale="3x:0,0,0,0,0,0" shapeSizeType="0" shapeSizeUnit="MM" shapeSizeX="0" shapeSizeY="0" shapeType="0">
          <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="fillSymbol" type="fill">
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" type="QString" value="" />
                <Option name="properties" />
                <Option name="type" type="QString" value="collection" />
              </Option>
            </data_defined_properties>
            <layer class="SimpleFill" enabled="1" locked="0" pass="0">
              <Option type="Map">
                <Option name="border_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="color" type="QString" value="255,255,255,255" />
                <Option name="joinstyle" type="QString" value="bevel" />
                <Option name="offset" type="QString" value="0,0" />
                <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
                <Option name="offset_unit" type="QString" value="MM" />
                <Option name="outline_color" type="QString" value="128,128,128,255" />
                <Option name="outline_style" type="QString" value="no" />
                <Option name="outline_width" type="QString" value="0" />
                <Option name="outline_width_unit" type="QString" value="MM" />
                <Option name="style" type="QString" value="solid" />
              </Option>
              <prop k="border_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="color" v="255,255,255,255" />
              <prop k="joinstyle" v="bevel" />
              <prop k="offset" v="0,0" />
              <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
              <prop k="offset_unit" v="MM" />
              <prop k="outline_color" v="128,128,128,255" />
              <prop k="outline_style" v="no" />
              <prop k="outline_width" v="0" />
              <prop k="outline_width_unit" v="MM" />
              <prop k="style" v="solid" />
              <data_defined_properties>
                <Option type="Map">
                  <Option name="name" type="QString" value="" />
                  <Option name="properties" />
                  <Option name="type" type="QString" value="collection" />
                </Option>
              </data_defined_properties>
            </layer>
          </symbol>
        </background>
        <shadow shadowBlendMode="6" shadowColor="0,0,0,255" shadowDraw="0" shadowOffsetAngle="135" shadowOffsetDist="1" shadowOffsetGlobal="1" shadowOffsetMapUnitScale="3x:0,0,0,0,0,0" shadowOffsetUnit="MM" shadowOpacity="0.69999999999999996" shadowRadius="1.5" shadowRadiusAlphaOnly="0" shadowRadiusMapUnitScale="3x:0,0,0,0,0,0" shadowRadiusUnit="MM" shadowScale="100" shadowUnder="0" />
        <dd_properties>
          <Option type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
        </dd_properties>
        <substitutions />
      </text-style>
      <text-format addDirectionSymbol="0" autoWrapLength="0" decimals="3" formatNumbers="0" leftDirectionSymbol="&lt;" multilineAlign="3" placeDirectionSymbol="0" plussign="0" reverseDirectionSymbol="0" rightDirectionSymbol="&gt;" useMaxLineLengthForAutoWrap="1" wrapChar="" />
      <placement centroidInside="1" centroidWhole="0" dist="0" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="0" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="1" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="8" quadOffset="7" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="3.7999999999999998" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="100000" scaleMin="0" scaleVisibility="1" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
      <dd_properties>
        <Option type="Map">
          <Option name="name" type="QString" value="" />
          <Option name="properties" />
          <Option name="type" type="QString" value="collection" />
        </Option>
      </dd_properties>
      <callout type="simple">
        <Option type="Map">
          <Option name="anchorPoint" type="QString" value="pole_of_inaccessibility" />
          <Option name="blendMode" type="int" value="0" />
          <Option name="ddProperties" type="Map">
            <Option name="name" type="QString" value="" />
            <Option name="properties" />
            <Option name="type" type="QString" value="collection" />
          </Option>
          <Option name="drawToAllParts" type="bool" value="false" />
          <Option name="enabled" type="QString" value="0" />
          <Option name="labelAnchorPoint" type="QString" value="point_on_exterior" />
          <Option name="lineSymbol" type="QString" value="&lt;symbol alpha=&quot;1&quot; clip_to_extent=&quot;1&quot; force_rhr=&quot;0&quot; name=&quot;symbol&quot; type=&quot;line&quot;&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;layer class=&quot;SimpleLine&quot; enabled=&quot;1&quot; locked=&quot;0&quot; pass=&quot;0&quot;&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;align_dash_pattern&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;capstyle&quot; type=&quot;QString&quot; value=&quot;square&quot; /&gt;&lt;Option name=&quot;customdash&quot; type=&quot;QString&quot; value=&quot;5;2&quot; /&gt;&lt;Option name=&quot;customdash_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;customdash_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;dash_pattern_offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;draw_inside_polygon&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;joinstyle&quot; type=&quot;QString&quot; value=&quot;bevel&quot; /&gt;&lt;Option name=&quot;line_color&quot; type=&quot;QString&quot; value=&quot;60,60,60,255&quot; /&gt;&lt;Option name=&quot;line_style&quot; type=&quot;QString&quot; value=&quot;solid&quot; /&gt;&lt;Option name=&quot;line_width&quot; type=&quot;QString&quot; value=&quot;0.3&quot; /&gt;&lt;Option name=&quot;line_width_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;offset&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;offset_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;offset_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;ring_filter&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_end_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;trim_distance_start&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;Option name=&quot;trim_distance_start_unit&quot; type=&quot;QString&quot; value=&quot;MM&quot; /&gt;&lt;Option name=&quot;tweak_dash_pattern_on_corners&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;use_custom_dash&quot; type=&quot;QString&quot; value=&quot;0&quot; /&gt;&lt;Option name=&quot;width_map_unit_scale&quot; type=&quot;QString&quot; value=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;/Option&gt;&lt;prop k=&quot;align_dash_pattern&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;capstyle&quot; v=&quot;square&quot; /&gt;&lt;prop k=&quot;customdash&quot; v=&quot;5;2&quot; /&gt;&lt;prop k=&quot;customdash_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;customdash_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;dash_pattern_offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;draw_inside_polygon&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;joinstyle&quot; v=&quot;bevel&quot; /&gt;&lt;prop k=&quot;line_color&quot; v=&quot;60,60,60,255&quot; /&gt;&lt;prop k=&quot;line_style&quot; v=&quot;solid&quot; /&gt;&lt;prop k=&quot;line_width&quot; v=&quot;0.3&quot; /&gt;&lt;prop k=&quot;line_width_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;offset&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;offset_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;offset_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;ring_filter&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_end_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;trim_distance_start&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;prop k=&quot;trim_distance_start_unit&quot; v=&quot;MM&quot; /&gt;&lt;prop k=&quot;tweak_dash_pattern_on_corners&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;use_custom_dash&quot; v=&quot;0&quot; /&gt;&lt;prop k=&quot;width_map_unit_scale&quot; v=&quot;3x:0,0,0,0,0,0&quot; /&gt;&lt;data_defined_properties&gt;&lt;Option type=&quot;Map&quot;&gt;&lt;Option name=&quot;name&quot; type=&quot;QString&quot; value=&quot;&quot; /&gt;&lt;Option name=&quot;properties&quot; /&gt;&lt;Option name=&quot;type&quot; type=&quot;QString&quot; value=&quot;collection&quot; /&gt;&lt;/Option&gt;&lt;/data_defined_properties&gt;&lt;/layer&gt;&lt;/symbol&gt;" />
          <Option name="minLength" type="double" value="0" />
          <Option name="minLengthMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="minLengthUnit" type="QString" value="MM" />
          <Option name="offsetFromAnchor" type="double" value="0" />
          <Option name="offsetFromAnchorMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromAnchorUnit" type="QString" value="MM" />
          <Option name="offsetFromLabel" type="double" value="0" />
          <Option name="offsetFromLabelMapUnitScale" type="QString" value="3x:0,0,0,0,0,0" />
          <Option name="offsetFromLabelUnit" type="QString" value="MM" />
        </Option>
      </callout>
    </settings>
  </labeling>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerOpacity>1</layerOpacity>
  <layerGeometryType>2</layerGeometryType>
</qgis>
