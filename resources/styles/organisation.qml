<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" labelsEnabled="1" maxScale="0" minScale="100000000" simplifyAlgorithm="0" simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" simplifyMaxScale="1" styleCategories="Symbology|Labeling|Rendering" symbologyReferenceScale="-1" version="3.22.16-Białowieża">
  <renderer-v2 attr="regexp_substr(&quot;creative_fields&quot;, '[^{}&quot;,]+')" enableorderby="0" forceraster="0" referencescale="-1" symbollevels="0" type="categorizedSymbol">
    <categories>
      <category label="Crafts and folk art" render="true" symbol="0" value="crafts_folk_art" />
      <category label="Design" render="true" symbol="1" value="design" />
      <category label="Film" render="true" symbol="2" value="film" />
      <category label="Gastronomy" render="true" symbol="3" value="gastronomy" />
      <category label="Literature" render="true" symbol="4" value="literature" />
      <category label="Media arts" render="true" symbol="5" value="media_arts" />
      <category label="Music" render="true" symbol="6" value="music" />
      <category label="Architecture" render="true" symbol="7" value="architecture" />
      <category label="Other" render="true" symbol="8" value="other" />
      <category label="Not set or other" render="true" symbol="9" value="" />
    </categories>
    <symbols>
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="0" type="marker">
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
            <Option name="color" type="QString" value="211,84,0,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="211,84,0,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="size" type="QString" value="3.9" />
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
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="1" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="142,68,173,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBmaWxsLXJ1bGU9ImV2ZW5vZGQiIHN0cm9rZT0ibm9uZSI+PHBhdGggZD0iTTEyIDJsNyA5LjUtNC4zIDguM0g5LjNMNSAxMS41ek0xMiAxMC4zYTEuOSAxLjkgMCAxIDAgMCAzLjggMS45IDEuOSAwIDEgMCAwLTMuOHpNMTEuMzUgNC41aDEuM3Y1LjloLTEuM3oiLz48L2c+PGcgZmlsbD0icGFyYW0oZmlsbCkgI2ZmZmZmZiIgc3Ryb2tlPSJub25lIj48cmVjdCB4PSI4LjUiIHk9IjIwLjYiIHdpZHRoPSI3IiBoZWlnaHQ9IjIiIHJ4PSIuNiIvPjwvZz48L3N2Zz4K" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBmaWxsLXJ1bGU9ImV2ZW5vZGQiIHN0cm9rZT0ibm9uZSI+PHBhdGggZD0iTTEyIDJsNyA5LjUtNC4zIDguM0g5LjNMNSAxMS41ek0xMiAxMC4zYTEuOSAxLjkgMCAxIDAgMCAzLjggMS45IDEuOSAwIDEgMCAwLTMuOHpNMTEuMzUgNC41aDEuM3Y1LjloLTEuM3oiLz48L2c+PGcgZmlsbD0icGFyYW0oZmlsbCkgI2ZmZmZmZiIgc3Ryb2tlPSJub25lIj48cmVjdCB4PSI4LjUiIHk9IjIwLjYiIHdpZHRoPSI3IiBoZWlnaHQ9IjIiIHJ4PSIuNiIvPjwvZz48L3N2Zz4K" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="2" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="63,61,143,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjcuNSIgY3k9IjYuNSIgcj0iMy42Ii8+PGNpcmNsZSBjeD0iMTUuNSIgY3k9IjYuNSIgcj0iMy42Ii8+PHJlY3QgeD0iMi41IiB5PSIxMSIgd2lkdGg9IjEzLjUiIGhlaWdodD0iOS41IiByeD0iMS41Ii8+PHBhdGggZD0iTTE2LjUgMTUuNWw1LTMuN3Y4LjR6Ii8+PC9nPjwvc3ZnPgo=" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjcuNSIgY3k9IjYuNSIgcj0iMy42Ii8+PGNpcmNsZSBjeD0iMTUuNSIgY3k9IjYuNSIgcj0iMy42Ii8+PHJlY3QgeD0iMi41IiB5PSIxMSIgd2lkdGg9IjEzLjUiIGhlaWdodD0iOS41IiByeD0iMS41Ii8+PHBhdGggZD0iTTE2LjUgMTUuNWw1LTMuN3Y4LjR6Ii8+PC9nPjwvc3ZnPgo=" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="3" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="192,57,43,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0yLjUgMTFoMTlhOS41IDggMCAwIDEtMTkgMHoiLz48cmVjdCB4PSI4LjUiIHk9IjE5LjUiIHdpZHRoPSI3IiBoZWlnaHQ9IjIuMiIgcng9Ii42Ii8+PC9nPjxnIGZpbGw9Im5vbmUiIHN0cm9rZT0icGFyYW0ob3V0bGluZSkgI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPjxwYXRoIGQ9Ik0xMS41IDkuNWw2LTdNMTUgMTBsNi01LjUiLz48L2c+PC9zdmc+Cg==" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0yLjUgMTFoMTlhOS41IDggMCAwIDEtMTkgMHoiLz48cmVjdCB4PSI4LjUiIHk9IjE5LjUiIHdpZHRoPSI3IiBoZWlnaHQ9IjIuMiIgcng9Ii42Ii8+PC9nPjxnIGZpbGw9Im5vbmUiIHN0cm9rZT0icGFyYW0ob3V0bGluZSkgI2ZmZmZmZiIgc3Ryb2tlLXdpZHRoPSIyIiBzdHJva2UtbGluZWNhcD0icm91bmQiIHN0cm9rZS1saW5lam9pbj0icm91bmQiPjxwYXRoIGQ9Ik0xMS41IDkuNWw2LTdNMTUgMTBsNi01LjUiLz48L2c+PC9zdmc+Cg==" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="4" type="marker">
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
            <Option name="color" type="QString" value="18,135,127,255" />
            <Option name="horizontal_anchor_point" type="QString" value="1" />
            <Option name="joinstyle" type="QString" value="bevel" />
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="18,135,127,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cGF0aCBkPSJNMTIgNi41QzEwIDUgNi41IDQuNSAyLjUgNXYxNGM0LS41IDcuNSAwIDkuNSAxLjUgMi0xLjUgNS41LTIgOS41LTEuNVY1Yy00LS41LTcuNSAwLTkuNSAxLjV6Ii8+PHBhdGggZD0iTTEyIDYuNVYyMCIvPjwvZz48L3N2Zz4K" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cGF0aCBkPSJNMTIgNi41QzEwIDUgNi41IDQuNSAyLjUgNXYxNGM0LS41IDcuNSAwIDkuNSAxLjUgMi0xLjUgNS41LTIgOS41LTEuNVY1Yy00LS41LTcuNSAwLTkuNSAxLjV6Ii8+PHBhdGggZD0iTTEyIDYuNVYyMCIvPjwvZz48L3N2Zz4K" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="5" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="194,24,91,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cmVjdCB4PSIyLjUiIHk9IjMuNSIgd2lkdGg9IjE5IiBoZWlnaHQ9IjEzIiByeD0iMS41Ii8+PHBhdGggZD0iTTggMjFoOE0xMiAxNi41VjIxIi8+PHBhdGggZD0iTTYgMTBjMS41LTMuNSAzLTMuNSA0LjUgMHMzIDMuNSA0LjUgMCAyLTIuNSAzLTIuNSIvPjwvZz48L3N2Zz4K" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJub25lIiBzdHJva2U9InBhcmFtKG91dGxpbmUpICNmZmZmZmYiIHN0cm9rZS13aWR0aD0iMiIgc3Ryb2tlLWxpbmVjYXA9InJvdW5kIiBzdHJva2UtbGluZWpvaW49InJvdW5kIj48cmVjdCB4PSIyLjUiIHk9IjMuNSIgd2lkdGg9IjE5IiBoZWlnaHQ9IjEzIiByeD0iMS41Ii8+PHBhdGggZD0iTTggMjFoOE0xMiAxNi41VjIxIi8+PHBhdGggZD0iTTYgMTBjMS41LTMuNSAzLTMuNSA0LjUgMHMzIDMuNSA0LjUgMCAyLTIuNSAzLTIuNSIvPjwvZz48L3N2Zz4K" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="6" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="31,111,209,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjYuOCIgY3k9IjE4IiByPSIzLjIiLz48Y2lyY2xlIGN4PSIxNy4zIiBjeT0iMTYiIHI9IjMuMiIvPjxwYXRoIGQ9Ik04IDE4VjUuOEwyMC41IDN2MTNoLTIuMlY1LjhMMTAuMiA3LjZWMTh6Ii8+PC9nPjwvc3ZnPgo=" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxjaXJjbGUgY3g9IjYuOCIgY3k9IjE4IiByPSIzLjIiLz48Y2lyY2xlIGN4PSIxNy4zIiBjeT0iMTYiIHI9IjMuMiIvPjxwYXRoIGQ9Ik04IDE4VjUuOEwyMC41IDN2MTNoLTIuMlY1LjhMMTAuMiA3LjZWMTh6Ii8+PC9nPjwvc3ZnPgo=" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="7" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="141,85,36,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="name" type="QString" value="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xMiAyTDIyIDhIMnoiLz48cmVjdCB4PSIzLjUiIHk9IjkiIHdpZHRoPSIxNyIgaGVpZ2h0PSIxLjgiLz48cmVjdCB4PSI1IiB5PSIxMS44IiB3aWR0aD0iMi42IiBoZWlnaHQ9IjYuNyIvPjxyZWN0IHg9IjEwLjciIHk9IjExLjgiIHdpZHRoPSIyLjYiIGhlaWdodD0iNi43Ii8+PHJlY3QgeD0iMTYuNCIgeT0iMTEuOCIgd2lkdGg9IjIuNiIgaGVpZ2h0PSI2LjciLz48cmVjdCB4PSIyLjUiIHk9IjE5LjMiIHdpZHRoPSIxOSIgaGVpZ2h0PSIyLjUiLz48L2c+PC9zdmc+Cg==" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_width" type="QString" value="0.2" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="parameters" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="3.9" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="color" v="255,255,255,255" />
          <prop k="fixedAspectRatio" v="0" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="name" v="base64:PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNCIgaGVpZ2h0PSIyNCIgdmlld0JveD0iMCAwIDI0IDI0Ij48ZyBmaWxsPSJwYXJhbShmaWxsKSAjZmZmZmZmIiBzdHJva2U9Im5vbmUiPjxwYXRoIGQ9Ik0xMiAyTDIyIDhIMnoiLz48cmVjdCB4PSIzLjUiIHk9IjkiIHdpZHRoPSIxNyIgaGVpZ2h0PSIxLjgiLz48cmVjdCB4PSI1IiB5PSIxMS44IiB3aWR0aD0iMi42IiBoZWlnaHQ9IjYuNyIvPjxyZWN0IHg9IjEwLjciIHk9IjExLjgiIHdpZHRoPSIyLjYiIGhlaWdodD0iNi43Ii8+PHJlY3QgeD0iMTYuNCIgeT0iMTEuOCIgd2lkdGg9IjIuNiIgaGVpZ2h0PSI2LjciLz48cmVjdCB4PSIyLjUiIHk9IjE5LjMiIHdpZHRoPSIxOSIgaGVpZ2h0PSIyLjUiLz48L2c+PC9zdmc+Cg==" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_width" v="0.2" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="parameters" v="" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="8" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="109,116,120,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="size" type="QString" value="3.9" />
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
          <prop k="size" v="3.9" />
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
      <symbol alpha="1" clip_to_extent="1" force_rhr="0" name="9" type="marker">
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
            <Option name="name" type="QString" value="square" />
            <Option name="offset" type="QString" value="0,0" />
            <Option name="offset_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="offset_unit" type="QString" value="MM" />
            <Option name="outline_color" type="QString" value="255,255,255,255" />
            <Option name="outline_style" type="QString" value="solid" />
            <Option name="outline_width" type="QString" value="0.35" />
            <Option name="outline_width_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="outline_width_unit" type="QString" value="MM" />
            <Option name="scale_method" type="QString" value="diameter" />
            <Option name="size" type="QString" value="5.85" />
            <Option name="size_map_unit_scale" type="QString" value="3x:0,0,0,0,0,0" />
            <Option name="size_unit" type="QString" value="MM" />
            <Option name="vertical_anchor_point" type="QString" value="1" />
          </Option>
          <prop k="angle" v="0" />
          <prop k="cap_style" v="square" />
          <prop k="color" v="163,169,174,255" />
          <prop k="horizontal_anchor_point" v="1" />
          <prop k="joinstyle" v="bevel" />
          <prop k="name" v="square" />
          <prop k="offset" v="0,0" />
          <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="offset_unit" v="MM" />
          <prop k="outline_color" v="255,255,255,255" />
          <prop k="outline_style" v="solid" />
          <prop k="outline_width" v="0.35" />
          <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0" />
          <prop k="outline_width_unit" v="MM" />
          <prop k="scale_method" v="diameter" />
          <prop k="size" v="5.85" />
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
            <Option name="size" type="QString" value="3.9" />
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
          <prop k="size" v="3.9" />
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
    </symbols>
    <rotation />
    <sizescale />
  </renderer-v2>
  <labeling type="simple">
    <settings calloutType="simple">
      <text-style allowHtml="0" blendMode="0" capitalization="0" fieldName="name" fontFamily="DejaVu Sans" fontItalic="0" fontKerning="1" fontLetterSpacing="0" fontSize="8" fontSizeMapUnitScale="3x:0,0,0,0,0,0" fontSizeUnit="Point" fontStrikeout="0" fontUnderline="0" fontWeight="50" fontWordSpacing="0" isExpression="0" legendString="Aa" multilineHeight="1" namedStyle="" previewBkgrdColor="255,255,255,255" textColor="31,35,40,255" textOpacity="1" textOrientation="horizontal" useSubstitutions="0">
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
      <placement centroidInside="0" centroidWhole="0" dist="0.59999999999999998" distMapUnitScale="3x:0,0,0,0,0,0" distUnits="MM" fitInPolygonOnly="0" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" layerType="UnknownGeometry" lineAnchorClipping="0" lineAnchorPercent="0.5" lineAnchorType="0" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" offsetType="1" offsetUnits="MM" overrunDistance="0" overrunDistanceMapUnitScale="3x:0,0,0,0,0,0" overrunDistanceUnit="MM" placement="6" placementFlags="10" polygonPlacementFlags="2" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" preserveRotation="1" priority="6" quadOffset="4" repeatDistance="0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceUnits="MM" rotationAngle="0" rotationUnit="AngleDegrees" xOffset="0" yOffset="0" />
      <rendering displayAll="0" drawLabels="1" fontLimitPixelSize="0" fontMaxPixelSize="10000" fontMinPixelSize="0" labelPerPart="0" limitNumLabels="0" maxNumLabels="2000" mergeLines="0" minFeatureSize="0" obstacle="1" obstacleFactor="1" obstacleType="1" scaleMax="25000" scaleMin="0" scaleVisibility="1" unplacedVisibility="0" upsidedownLabels="0" zIndex="0" />
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
  <layerGeometryType>0</layerGeometryType>
</qgis>
